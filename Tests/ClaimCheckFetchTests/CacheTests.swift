@testable import ClaimCheckFetch
import ClaimCheck
import Foundation
import ClaimCheckTestSupport
import Testing

/// The fetch cache, against the test server, which counts requests.
@Suite(.enabled(if: FetchTestServer.available, "python3 is needed for the test server"), .serialized)
struct CacheTests {
    static func settings(cache: String, maxAge: Double = 3600) -> FetchSettings {
        var settings = FetchTests.settings()
        settings.cacheFolder = cache
        settings.maxAge = maxAge
        return settings
    }

    @Test func aFreshEntryIsReusedWithoutARequest() throws {
        let server = try FetchTestServer()
        let folder = try TemporaryFolder()
        let link = server.url("/page/cached")
        let first = FetchRun(settings: Self.settings(cache: folder.url.path)).fetch([link])
        let second = FetchRun(settings: Self.settings(cache: folder.url.path)).fetch([link])
        #expect(try server.counts()["/page/cached"] == 1)
        #expect(try first[0].result.get().body == second[0].result.get().body)
        #expect(try second[0].result.get().headers["etag"] == "\"v1\"")
    }

    @Test func aStaleEntryIsRevalidatedWithItsETag() throws {
        let server = try FetchTestServer()
        let folder = try TemporaryFolder()
        let link = server.url("/page/stale")
        let first = FetchRun(settings: Self.settings(cache: folder.url.path, maxAge: 0)).fetch([link])
        let second = FetchRun(settings: Self.settings(cache: folder.url.path, maxAge: 0)).fetch([link])
        let counts = try server.counts()
        #expect(counts["/page/stale"] == 2)
        #expect(counts["304:/page/stale"] == 1)
        #expect(try second[0].result.get().body == first[0].result.get().body)
        #expect(try second[0].result.get().status == 200)
    }

    @Test func aCorruptEntryIsRefetched() throws {
        let server = try FetchTestServer()
        let folder = try TemporaryFolder()
        let link = server.url("/page/corrupt")
        _ = FetchRun(settings: Self.settings(cache: folder.url.path)).fetch([link])
        let base = folder.url.path + "/" + FetchCache.key(link)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: base + ".json"))
        let again = FetchRun(settings: Self.settings(cache: folder.url.path)).fetch([link])
        #expect(try again[0].result.get().status == 200)
        #expect(try server.counts()["/page/corrupt"] == 2)
        // A body cut short is refetched too.
        try Data("<p>cut".utf8).write(to: URL(fileURLWithPath: base + ".body"))
        #expect(FetchCache(folder: folder.url.path).entry(for: link) == nil)
    }

    @Test func theKeyIsTheNormalisedURL() {
        #expect(FetchCache.key("https://Example.org/a?utm_source=x") == FetchCache.key("https://example.org/a"))
    }
}
