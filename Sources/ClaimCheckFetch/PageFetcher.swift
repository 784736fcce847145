import ClaimCheck
import ClaimCheckHTML
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fetches one page, synchronously, under the settings' limits and safety rules.
public struct PageFetcher: Sendable {
    /// The settings.
    public var settings: FetchSettings

    /// Creates a fetcher.
    public init(settings: FetchSettings) { self.settings = settings }

    /// Fetches `url`, following at most `maxRedirects` redirects, each hop checked.
    ///
    /// - Parameter validators: `If-None-Match` / `If-Modified-Since` values for a revalidation.
    /// - Returns: the page (a 304 comes back as status 304 with an empty body).
    /// - Throws: `FetchFailure` with the reason: refused, DNS, TLS, timeout, too large, wrong
    ///   type, or an HTTP status other than 2xx and 304.
    public func fetch(_ url: String, validators: [String: String] = [:]) throws(FetchFailure) -> FetchedPage {
        try settings.policy.check(url)
        guard let target = URL(string: url) else { throw FetchFailure("refused: not a valid URL") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.connectTimeout
        configuration.timeoutIntervalForResource = settings.timeout
        configuration.httpMaximumConnectionsPerHost = 1
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        let task = FetchTask(settings: settings)
        let session = URLSession(configuration: configuration, delegate: task, delegateQueue: nil)
        var request = URLRequest(url: target)
        request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, text/plain;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
        for (name, value) in validators { request.setValue(value, forHTTPHeaderField: name) }
        let dataTask = session.dataTask(with: request)
        dataTask.resume()
        if task.done.wait(timeout: .now() + settings.timeout) == .timedOut {
            task.fail(FetchFailure("timed out after \(Self.seconds(settings.timeout))"))
            dataTask.cancel()
            _ = task.done.wait(timeout: .now() + 5)
        }
        session.invalidateAndCancel()
        let (response, body, failure) = task.outcome
        if let failure {
            // URLSession's own timeout is the idle one: no answer, or no bytes, for that long.
            throw failure.reason == "timed out" ? FetchFailure("timed out: no answer for \(Self.seconds(settings.connectTimeout))") : failure
        }
        guard let response else { throw FetchFailure("no response") }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        let page = FetchedPage(
            url: url, finalURL: response.url?.absoluteString ?? url, status: response.statusCode, headers: headers,
            fetchedAt: Date().timeIntervalSince1970, body: body)
        if response.statusCode == 304 { return page }
        guard (200..<300).contains(response.statusCode) else {
            let words = HTTPURLResponse.localizedString(forStatusCode: response.statusCode)
            let note = response.statusCode == 451 ? " (unavailable for legal reasons)" : ""
            throw FetchFailure("HTTP \(response.statusCode) \(words)\(note)")
        }
        guard page.isReadableType else { throw FetchFailure("not HTML or text: the server sent \(page.mediaType ?? "?")") }
        return page
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
