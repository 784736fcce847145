@testable import ClaimCheckFetch
import ClaimCheck
import Foundation
import ClaimCheckTestSupport
import Testing

/// SHA-1, base32, and WARC records written and read back.
struct WARCTests {
    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        ("The quick brown fox jumps over the lazy dog", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
    ])
    func sha1Vectors(input: String, hex: String) {
        #expect(SHA1.hex(Array(input.utf8)) == hex)
    }

    @Test func sha1OfAMillionAs() {
        #expect(SHA1.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test(arguments: [
        ("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="), ("foob", "MZXW6YQ="), ("fooba", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI======"),
    ])
    func base32Vectors(input: String, encoded: String) {
        #expect(Base32.encode(Array(input.utf8)) == encoded)
    }

    static let pages = WARCSamples.pages

    @Test func recordsRoundTripWithValidDigests() throws {
        let bytes = WARCWriter.bytes(of: WARCWriter.records(for: Self.pages, userAgent: "claimcheck/test"))
        let records = try WARCReader.records(bytes)
        try WARCValidation.validate(records)
        #expect(records.map(\.type) == ["warcinfo", "request", "response", "request", "response"])
        #expect(records[2]["WARC-Target-URI"] == "https://news.example/a")
        #expect(records[2]["WARC-Date"] == "2023-11-14T22:13:20Z")
        #expect(records[2].payload == Self.pages[0].body)
        #expect(records[2].httpHeaders["content-encoding"] == nil)
        #expect(records[4]["WARC-Claimcheck-Cited-URI"] == "https://news.example/old")
        #expect(String(decoding: records[3].block, as: UTF8.self).hasPrefix("GET /b?x=1 HTTP/1.1\r\nHost: news.example\r\n"))
    }

    @Test func aTruncatedFileIsAClearError() throws {
        let bytes = WARCWriter.bytes(of: WARCWriter.records(for: Self.pages, userAgent: "claimcheck/test"))
        for cut in [bytes.count / 3, bytes.count / 2, bytes.count - 40, 10] {
            #expect(throws: WARCReader.Failure.self) { try WARCReader.records(Array(bytes.prefix(cut))) }
        }
        #expect(throws: WARCReader.Failure.self) { try WARCReader.records(Array("HTTP/1.1 200 OK\r\n\r\n".utf8)) }
    }

    @Test func responseRecordsBecomeSources() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file(
            "pages.warc", bytes: WARCWriter.bytes(of: WARCWriter.records(for: Self.pages, userAgent: "claimcheck/test")))
        let (store, failures) = SourceStore.load(paths: [folder.url.path])
        #expect(failures.isEmpty)
        #expect(store.sources.count == 2)
        #expect(store.source(forLink: "https://news.example/a")?.path == path + "#https://news.example/a")
        #expect(store.source(forLink: "https://news.example/old") != nil)
    }

    @Test func aCompressedWARCIsReadAsSources() throws {
        let folder = try TemporaryFolder()
        let records = WARCWriter.records(for: Self.pages, userAgent: "claimcheck/test")
        _ = try folder.file("pages.warc.gz", bytes: records.flatMap { GzipWriter.member($0.bytes) })
        let (store, failures) = SourceStore.load(paths: [folder.url.path])
        #expect(failures.isEmpty)
        #expect(store.sources.count == 2)
    }

    @Test func aCorruptCompressedWARCIsAFailure() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("pages.warc.gz", bytes: [0x1f, 0x8b, 8, 0])
        let (_, failures) = SourceStore.load(paths: [path])
        #expect(failures.first?.error.description.contains("gzip") == true)
    }

    @Test func aTruncatedWARCSourceIsAFailureNotACrash() throws {
        let folder = try TemporaryFolder()
        let bytes = WARCWriter.bytes(of: WARCWriter.records(for: Self.pages, userAgent: "claimcheck/test"))
        let path = try folder.file("cut.warc", bytes: Array(bytes.prefix(bytes.count / 2)))
        let (store, failures) = SourceStore.load(paths: [path])
        #expect(store.sources.isEmpty)
        #expect(failures.first?.error.description.contains("truncated") == true)
    }
}
