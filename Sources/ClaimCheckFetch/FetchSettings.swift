import ClaimCheck
import ClaimCheckHTML
import Foundation

/// How `--fetch` pulls cited pages: limits, politeness, safety and cache.
public struct FetchSettings: Sendable {
    /// Seconds to wait for the server to answer (connect and first bytes, and each idle gap).
    public var connectTimeout: Double = 10
    /// Seconds a whole fetch may take, redirects and body included.
    public var timeout: Double = 30
    /// Bodies larger than this many bytes are refused (reading stops past it).
    public var maxSize: Int = 10 * 1024 * 1024
    /// Seconds between the starts of two requests to the same host.
    public var delay: Double = 0
    /// Requests at a time to one host.
    public var perHost: Int = 2
    /// Requests at a time in all.
    public var concurrency: Int = 8
    /// Redirects followed; one more is refused.
    public var maxRedirects: Int = 5
    /// The address rules (private ranges refused unless allowed).
    public var policy = AddressPolicy()
    /// The cache folder; nil for no cache.
    public var cacheFolder: String?
    /// Seconds a cached page is reused without asking the server.
    public var maxAge: Double = 86_400
    /// The `User-Agent` header.
    public var userAgent = "claimcheck/\(ClaimCheck.version) (+fact-checking; verifies the claims of news articles against the reports they cite)"

    /// Creates settings with the defaults.
    public init() {}

    /// The default cache folder: `$XDG_CACHE_HOME/claimcheck`, else `~/.cache/claimcheck`.
    public static var defaultCacheFolder: String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/claimcheck" }
        return (environment["HOME"] ?? NSTemporaryDirectory()) + "/.cache/claimcheck"
    }
}
