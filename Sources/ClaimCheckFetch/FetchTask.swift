import ClaimCheck
import ClaimCheckHTML
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One request's URLSession delegate: it checks every redirect hop against the policy, stops
/// reading past the size limit, and refuses a body that is not HTML or text.
///
/// `@unchecked Sendable`: URLSession calls it on its own delegate queue while the fetching
/// thread waits on `done` and then reads the outcome; every stored property that changes is
/// read and written only under `lock`.
final class FetchTask: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private let settings: FetchSettings
    private var redirects = 0
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var failure: FetchFailure?
    private var finished = false
    /// Signalled when the task completes.
    let done = DispatchSemaphore(value: 0)

    init(settings: FetchSettings) {
        self.settings = settings
    }

    /// The outcome, once `done` is signalled.
    var outcome: (response: HTTPURLResponse?, body: [UInt8], failure: FetchFailure?) {
        lock.withLock { (response, body, failure) }
    }

    /// Records a failure (the first one wins).
    func fail(_ reason: FetchFailure) {
        lock.withLock { if failure == nil { failure = reason } }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let count = lock.withLock {
            redirects += 1
            return redirects
        }
        guard count <= settings.maxRedirects else {
            fail(FetchFailure("too many redirects (more than \(settings.maxRedirects))"))
            completionHandler(nil)
            task.cancel()
            return
        }
        do throws(FetchFailure) {
            try settings.policy.check(request.url?.absoluteString ?? "")
            completionHandler(request)
        } catch {
            fail(FetchFailure("redirect to \(request.url?.absoluteString ?? "?") " + error.reason))
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        guard let http = response as? HTTPURLResponse else {
            fail(FetchFailure("not an HTTP response"))
            completionHandler(.cancel)
            return
        }
        lock.withLock { self.response = http }
        if http.expectedContentLength > Int64(settings.maxSize) {
            fail(FetchFailure("too large: \(http.expectedContentLength) bytes, over the \(settings.maxSize)-byte limit"))
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            body.append(contentsOf: data)
            return body.count > settings.maxSize
        }
        if over {
            fail(FetchFailure("too large: over the \(settings.maxSize)-byte limit"))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error {
            fail(FetchFailure(Self.describe(error)))
        }
        let first = lock.withLock { () -> Bool in
            defer { finished = true }
            return !finished
        }
        if first { done.signal() }
    }

    /// A transport error in words (DNS, TLS, connection, timeout).
    static func describe(_ error: Error) -> String {
        let error = error as NSError
        guard error.domain == NSURLErrorDomain else { return error.localizedDescription }
        switch error.code {
        case NSURLErrorTimedOut: return "timed out"
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return "DNS: the host does not resolve"
        case NSURLErrorCannotConnectToHost: return "cannot connect to the host"
        case NSURLErrorNetworkConnectionLost: return "the connection was lost"
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasBadDate,
            NSURLErrorServerCertificateNotYetValid, NSURLErrorServerCertificateHasUnknownRoot:
            return "TLS: the secure connection failed"
        case NSURLErrorCancelled: return "cancelled"
        default: return "network error \(error.code): \(error.localizedDescription)"
        }
    }
}
