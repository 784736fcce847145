import ClaimCheck
import ClaimCheckHTML
import Foundation

/// Fetches many cited links at once: at most `concurrency` requests in all and `perHost` per
/// host, `delay` seconds between the starts of two requests to one host, each page taken from
/// the cache when fresh, revalidated when stale.
public struct FetchRun: Sendable {
    /// The settings.
    public var settings: FetchSettings

    /// Creates a run.
    public init(settings: FetchSettings) { self.settings = settings }

    /// Fetches every link (duplicates once), returning a result per distinct link, in order.
    public func fetch(_ links: [String]) -> [(link: String, result: Result<FetchedPage, FetchFailure>)] {
        var seen: Set<String> = []
        let unique = links.filter { seen.insert($0).inserted }
        let gate = HostGate(perHost: max(1, settings.perHost), delay: settings.delay)
        let results = ResultBox(count: unique.count)
        let next = ResultBox(count: 0)
        let workers = max(1, min(settings.concurrency, unique.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            Thread.detachNewThread {
                while let index = next.take(limit: unique.count) {
                    results.set(index, fetchOne(unique[index], gate: gate))
                }
                group.leave()
            }
        }
        group.wait()
        return unique.indices.map { (unique[$0], results.value(at: $0) ?? .failure(FetchFailure("not fetched"))) }
    }

    /// One link: policy, cache, then the network.
    func fetchOne(_ link: String, gate: HostGate) -> Result<FetchedPage, FetchFailure> {
        do throws(FetchFailure) {
            try settings.policy.check(link)
        } catch {
            return .failure(error)
        }
        let cache = settings.cacheFolder.map(FetchCache.init(folder:))
        let cached = cache?.entry(for: link)
        if let cached, Date().timeIntervalSince1970 - cached.fetchedAt < settings.maxAge { return .success(cached) }
        var validators: [String: String] = [:]
        if let cached {
            if let etag = cached.headers["etag"] { validators["If-None-Match"] = etag }
            if let modified = cached.headers["last-modified"] { validators["If-Modified-Since"] = modified }
        }
        let host = URL(string: link)?.host?.lowercased() ?? ""
        gate.enter(host)
        defer { gate.leave(host) }
        do throws(FetchFailure) {
            var page = try PageFetcher(settings: settings).fetch(link, validators: validators)
            if page.status == 304, var cached {
                cached.fetchedAt = page.fetchedAt
                page = cached
            } else if page.status == 304 {
                return .failure(FetchFailure("HTTP 304 with nothing cached"))
            }
            cache?.store(page)
            return .success(page)
        } catch {
            return .failure(error)
        }
    }
}

/// Results written by worker threads; `@unchecked Sendable` because every access holds `lock`.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<FetchedPage, FetchFailure>?]
    private var cursor = 0

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<FetchedPage, FetchFailure>) { lock.withLock { values[index] = value } }
    func value(at index: Int) -> Result<FetchedPage, FetchFailure>? { lock.withLock { values[index] } }

    /// The next index to work on, nil past `limit`.
    func take(limit: Int) -> Int? {
        lock.withLock {
            guard cursor < limit else { return nil }
            defer { cursor += 1 }
            return cursor
        }
    }
}

/// Per-host admission: at most `perHost` requests at a time and `delay` seconds between two
/// starts. `@unchecked Sendable` because its state is guarded by `condition`.
final class HostGate: @unchecked Sendable {
    private let condition = NSCondition()
    private let perHost: Int
    private let delay: Double
    private var active: [String: Int] = [:]
    private var lastStart: [String: Date] = [:]

    init(perHost: Int, delay: Double) {
        self.perHost = perHost
        self.delay = delay
    }

    func enter(_ host: String) {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let now = Date()
            let earliest = lastStart[host].map { $0.addingTimeInterval(delay) } ?? now
            if active[host, default: 0] < perHost && earliest <= now {
                active[host, default: 0] += 1
                lastStart[host] = now
                return
            }
            _ = condition.wait(until: earliest > now ? earliest : now.addingTimeInterval(1))
        }
    }

    func leave(_ host: String) {
        condition.lock()
        active[host, default: 1] -= 1
        condition.broadcast()
        condition.unlock()
    }
}
