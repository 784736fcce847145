import ArgumentParser
import ClaimCheck
import ClaimCheckFetch

/// The flags that shape fetching, shared by `check --fetch` and `fetch`.
struct FetchFlags: ParsableArguments {
    @Flag(name: .customLong("allow-private"), help: "Allow fetching loopback, private and link-local addresses.")
    var allowPrivate = false

    @Option(help: "Cache folder for fetched pages (default $XDG_CACHE_HOME/claimcheck, else ~/.cache/claimcheck).")
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the cache.")
    var noCache = false

    @Option(name: .customLong("max-age"), help: "Seconds a cached page is reused without asking the server.")
    var maxAge: Double = 86_400

    @Option(name: .customLong("connect-timeout"), help: "Seconds to wait for a server to answer.")
    var connectTimeout: Double = 10

    @Option(help: "Seconds a whole fetch may take.")
    var timeout: Double = 30

    @Option(name: .customLong("max-fetch-size"), help: "Refuse fetched bodies larger than this many bytes.")
    var maxFetchSize: Int = 10 * 1024 * 1024

    @Option(name: .customLong("fetch-delay"), help: "Seconds between two requests to the same host.")
    var fetchDelay: Double = 0

    func validate() throws {
        if !(connectTimeout > 0) || !(timeout > 0) { throw ValidationError("--connect-timeout and --timeout must be above 0") }
        if maxFetchSize <= 0 { throw ValidationError("--max-fetch-size must be above 0") }
        if !(fetchDelay >= 0) || !(maxAge >= 0) { throw ValidationError("--fetch-delay and --max-age must be 0 or more") }
    }

    var settings: FetchSettings {
        var settings = FetchSettings()
        settings.policy.allowPrivate = allowPrivate
        settings.cacheFolder = noCache ? nil : (cache ?? FetchSettings.defaultCacheFolder)
        settings.maxAge = maxAge
        settings.connectTimeout = connectTimeout
        settings.timeout = timeout
        settings.maxSize = maxFetchSize
        settings.delay = fetchDelay
        return settings
    }
}
