@testable import ClaimCheckFetch
import ClaimCheck
import Foundation
import ClaimCheckTestSupport
import Testing

/// Fetching against a real HTTP server on 127.0.0.1 (`fixtures/fetch/server.py`).
@Suite(.enabled(if: FetchTestServer.available, "python3 is needed for the test server"), .serialized)
struct FetchTests {
    /// Settings that allow the loopback test server, with short timeouts and no cache.
    static func settings() -> FetchSettings {
        var settings = FetchSettings()
        settings.policy.allowPrivate = true
        settings.connectTimeout = 2
        settings.timeout = 5
        return settings
    }

    static func failure(_ url: String, _ settings: FetchSettings = settings()) -> String? {
        do {
            _ = try PageFetcher(settings: settings).fetch(url)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func fiveRedirectsAreFollowed() throws {
        let server = try FetchTestServer()
        let page = try PageFetcher(settings: Self.settings()).fetch(server.url("/redirect/4"))
        #expect(page.status == 200)
        #expect(page.finalURL == server.url("/page/end"))
    }

    @Test func aSixthRedirectIsRefused() throws {
        let server = try FetchTestServer()
        let reason = try #require(Self.failure(server.url("/redirect/5")))
        #expect(reason.contains("too many redirects"))
        #expect(try server.counts()["/page/end"] == nil)
    }

    @Test func notFoundAndLegalBlocksGiveTheStatus() throws {
        let server = try FetchTestServer()
        #expect(Self.failure(server.url("/404")) == "HTTP 404 Not Found")
        #expect(Self.failure(server.url("/451"))?.contains("451") == true)
    }

    @Test func aSlowResponseTimesOut() throws {
        let server = try FetchTestServer()
        var settings = Self.settings()
        settings.connectTimeout = 1
        settings.timeout = 1
        let start = Date()
        let reason = try #require(Self.failure(server.url("/slow?seconds=5"), settings))
        #expect(reason.contains("timed out"))
        #expect(Date().timeIntervalSince(start) < 4.5)
    }

    @Test func aThirtyMegabyteBodyHitsTheSizeLimit() throws {
        let server = try FetchTestServer()
        let reason = try #require(Self.failure(server.url("/big")))
        #expect(reason.contains("too large"))
    }

    @Test func theHeaderCharsetReachesTheReader() throws {
        let server = try FetchTestServer()
        let page = try PageFetcher(settings: Self.settings()).fetch(server.url("/latin1"))
        #expect(page.charset == "ISO-8859-1")
        #expect(!page.body.contains(0xC3))  // Latin-1 bytes on the wire, not UTF-8
        let document = try CitedPages.document(of: page, reader: DocumentReader())
        #expect(document.paragraphs.map(\.text).joined(separator: " ").contains("Le café de la gare"))
    }

    @Test func aGzipBodyIsDecoded() throws {
        let server = try FetchTestServer()
        let page = try PageFetcher(settings: Self.settings()).fetch(server.url("/gzip"))
        #expect(String(decoding: page.body, as: UTF8.self).contains("7,300 visitors"))
    }

    @Test func aDeflateBodyIsDecoded() throws {
        let server = try FetchTestServer()
        let page = try PageFetcher(settings: Self.settings()).fetch(server.url("/deflate"))
        #expect(String(decoding: page.body, as: UTF8.self).contains("6,100 visitors"))
    }

    @Test func otherContentTypesAreRefused() throws {
        let server = try FetchTestServer()
        #expect(Self.failure(server.url("/pdf"))?.contains("not HTML or text: the server sent application/pdf") == true)
        let text = try PageFetcher(settings: Self.settings()).fetch(server.url("/text"))
        #expect(text.mediaType == "text/plain")
    }

    @Test func loopbackIsRefusedWithoutAllowPrivate() throws {
        let server = try FetchTestServer()
        var settings = Self.settings()
        settings.policy.allowPrivate = false
        let reason = try #require(Self.failure(server.url("/page/x"), settings))
        #expect(reason.contains("loopback"))
        #expect(try server.counts()["/page/x"] == nil)
    }

    /// A name the injected resolver calls public (no real lookup) redirects to 127.0.0.1: the
    /// hop is checked and refused. The connection to `localhost` goes to the loopback server.
    @Test func aRedirectFromAPublicNameToLoopbackIsRefused() throws {
        let server = try FetchTestServer()
        var settings = Self.settings()
        settings.policy.allowPrivate = false
        settings.policy.resolve = { host in host == "localhost" ? ["203.0.113.7"] : nil }
        let start = "http://localhost:\(server.port)/to?url=" + server.url("/page/inside")
        let reason = try #require(Self.failure(start, settings))
        #expect(reason.contains("redirect to \(server.url("/page/inside")) refused"))
        #expect(reason.contains("loopback"))
        #expect(try server.counts()["/page/inside"] == nil)
        #expect(try server.counts()["/to"] == 1)
    }

    @Test func manyFetchesLeakNoFileDescriptors() throws {
        let server = try FetchTestServer()
        let before = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
        let links = (0..<150).map { server.url("/page/n\($0)") }
        let results = FetchRun(settings: Self.settings()).fetch(links)
        #expect(results.count == 150)
        #expect(results.allSatisfy { (try? $0.result.get())?.status == 200 })
        let after = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
        #expect(after - before < 40)
    }

    struct Hold: Decodable {
        var max: Int
        var minGap: Double?
    }

    static func hold(_ server: FetchTestServer) throws -> Hold {
        try JSONDecoder().decode(Hold.self, from: Data(contentsOf: URL(string: server.url("/_hold"))!))
    }

    @Test func atMostTwoRequestsRunAtOnceToOneHost() throws {
        let server = try FetchTestServer()
        let results = FetchRun(settings: Self.settings()).fetch((0..<8).map { server.url("/hold/\($0)") })
        #expect(results.allSatisfy { (try? $0.result.get()) != nil })
        #expect(try (1...2).contains(Self.hold(server).max))
    }

    @Test func theDelaySpacesRequestsToOneHost() throws {
        let server = try FetchTestServer()
        var settings = Self.settings()
        settings.delay = 0.3
        _ = FetchRun(settings: settings).fetch((0..<3).map { server.url("/hold/\($0)") })
        let hold = try Self.hold(server)
        #expect((hold.minGap ?? 0) >= 0.25)
    }
}
