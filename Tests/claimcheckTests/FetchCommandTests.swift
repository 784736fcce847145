@testable import ClaimCheck
import ClaimCheckFetch
import Foundation
import ClaimCheckTestSupport
import Testing

/// `claimcheck check --fetch` and `claimcheck fetch`, run as the built binary against the
/// loopback test server.
@Suite(.serialized)
struct FetchCommandTests {
    /// A draft citing pages of the server: one conflicting, gzip, Latin-1, redirected, missing.
    static func draft(_ server: FetchTestServer, in folder: TemporaryFolder) throws -> String {
        try folder.file(
            "draft.md",
            text: """
                The city counted 5,000 residents in 2023, according to [the Example Gazette](\(server.url("/page/a"))).

                The gzip page counted 7,300 visitors in 2022, according to [the Zip Times](\(server.url("/gzip"))).

                Le café de la gare a accueilli 1 200 visiteurs en 2023, selon [Le Latin](\(server.url("/latin1"))).

                The port counted 4,200 residents in 2023, according to [the Moved Daily](\(server.url("/redirect/2"))).

                A missing report said 30 ships sank, according to [the Lost Post](\(server.url("/404"))).

                """)
    }

    /// The findings of a JSON report as (rule, line, severity), in order.
    static func findings(_ json: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let documents = object?["documents"] as? [[String: Any]] ?? []
        return documents.flatMap { ($0["findings"] as? [[String: Any]] ?? []) }.map {
            "\($0["rule"] ?? "?"):\($0["line"] ?? "?"):\($0["severity"] ?? "?")"
        }
    }

    @Test(.enabled(if: FetchTestServer.available)) func archivedRunsGiveTheLiveFindings() throws {
        let server = try FetchTestServer()
        let folder = try TemporaryFolder()
        let draft = try Self.draft(server, in: folder)
        let snapshot = folder.url.appendingPathComponent("snapshot").path
        let warc = folder.url.appendingPathComponent("pages.warc").path
        let fetched = try CommandRunner.run(["fetch", draft, "--out", snapshot, "--warc", warc, "--allow-private", "--no-cache"])
        #expect(fetched.status == 1)  // the 404 is reported
        #expect(fetched.standardError.contains("HTTP 404 Not Found"))
        #expect(fetched.standardOutput.components(separatedBy: "fetched ").count - 1 == 4)

        let live = try CommandRunner.run(["check", draft, "--fetch", "--allow-private", "--no-cache", "--format", "json"])
        let fromWARC = try CommandRunner.run(["check", draft, "--sources", warc, "--format", "json"])
        let fromFolder = try CommandRunner.run(["check", draft, "--sources", snapshot, "--format", "json"])
        let liveFindings = try Self.findings(live.standardOutput)
        #expect(liveFindings.contains("source-conflict:1:error"))
        #expect(liveFindings.contains("source-unavailable:9:info"))
        #expect(!liveFindings.contains { $0.hasPrefix("source-unavailable:") && !$0.hasPrefix("source-unavailable:9:") })
        #expect(live.standardOutput.contains("could not be fetched: HTTP 404 Not Found"))
        #expect(try Self.findings(fromWARC.standardOutput) == liveFindings)
        #expect(try Self.findings(fromFolder.standardOutput) == liveFindings)
        #expect(fromWARC.standardError.isEmpty)

        let records = try WARCReader.records(Array(try Data(contentsOf: URL(fileURLWithPath: warc))))
        try WARCValidation.validate(records)
        #expect(records.filter { $0.type == "response" }.count == 4)
        #expect(records.filter { $0.type == "request" }.count == 4)

        // With the snapshot given, --fetch asks only for what it lacks (the 404).
        let before = try server.counts()
        let both = try CommandRunner.run(["check", draft, "--sources", snapshot, "--fetch", "--allow-private", "--no-cache", "--format", "json"])
        let after = try server.counts()
        #expect(try Self.findings(both.standardOutput) == liveFindings)
        #expect(after["/page/a"] == before["/page/a"])
        #expect(after["/404"] == (before["/404"] ?? 0) + 1)
    }

    @Test(.enabled(if: FetchTestServer.available)) func aSecondRunUsesTheCacheWithoutARequest() throws {
        let server = try FetchTestServer()
        let folder = try TemporaryFolder()
        let draft = try Self.draft(server, in: folder)
        let cache = folder.url.appendingPathComponent("cache").path
        let first = try CommandRunner.run(["check", draft, "--fetch", "--allow-private", "--cache", cache, "--format", "json"])
        let second = try CommandRunner.run(["check", draft, "--fetch", "--allow-private", "--cache", cache, "--format", "json"])
        #expect(try Self.findings(first.standardOutput) == Self.findings(second.standardOutput))
        let counts = try server.counts()
        for path in ["/page/a", "/gzip", "/latin1", "/redirect/2", "/page/end"] { #expect(counts[path] == 1, "\(path)") }
        #expect(counts["/404"] == 2)  // failures are not cached
    }

    @Test func badLinksBecomeFindingsWithTheirReason() throws {
        let folder = try TemporaryFolder()
        let draft = try folder.file(
            "bad.md",
            text: """
                The council said 40 roads closed in 2021, according to [the Secret Post](http://user:pw@news.example/s).

                The port said 12 ships docked in 2020, according to [the Broken Link](http://[oops/x).

                The farm said 80 cows grazed in 2019, according to [the File Times](file:///etc/passwd).

                The mill said 9 wheels turned in 2018, according to [the Inside Post](http://169.254.169.254/latest/).

                """)
        let run = try CommandRunner.run(["check", draft, "--fetch", "--no-cache", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("could not be fetched: refused: the URL carries credentials"))
        #expect(run.standardOutput.contains("could not be fetched: refused: not a valid URL"))
        #expect(run.standardOutput.contains("could not be fetched: refused: the file: scheme is not fetched"))
        #expect(run.standardOutput.contains("a link-local address"))
    }

    /// 10,000 links to private addresses: each refused by policy, quickly, without a crash.
    @Test func aTenThousandLinkDraftIsRefusedQuickly() throws {
        let folder = try TemporaryFolder()
        let sentences = (0..<100).map { sentence in
            "Report \(sentence) said \(sentence + 10) boats sank in 2020, according to "
                + (sentence * 100..<sentence * 100 + 100).map { "[paper \($0)](http://10.0.\($0 / 256).\($0 % 256)/story/\($0))" }
                .joined(separator: ", ") + "."
        }
        let draft = try folder.file("many.md", text: sentences.joined(separator: "\n\n") + "\n")
        let run = try CommandRunner.run(["check", draft, "--fetch", "--no-cache", "--format", "json"])
        #expect(run.status == 0 || run.status == 1)  // findings, not a failure or a crash
        #expect(run.standardOutput.components(separatedBy: "a private address").count - 1 == 10_000)
    }

    @Test func aTruncatedWARCIsAWarningNotACrash() throws {
        let folder = try TemporaryFolder()
        let bytes = WARCWriter.bytes(of: WARCWriter.records(for: WARCSamples.pages, userAgent: "claimcheck/test"))
        let warc = try folder.file("cut.warc", bytes: Array(bytes.prefix(bytes.count - 30)))
        let draft = try folder.file("d.md", text: "The city counted 4,200 residents, according to [News](https://news.example/a).\n")
        let run = try CommandRunner.run(["check", draft, "--sources", warc, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.standardError.contains("cut.warc: cannot read the file: WARC record at byte"))
        #expect(run.standardError.contains("truncated file"))
    }

    @Test func fetchOfAMissingDraftIsAnError() throws {
        let folder = try TemporaryFolder()
        let run = try CommandRunner.run(["fetch", folder.url.path + "/nope.md", "--out", folder.url.path + "/out", "--no-cache"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("nope.md: no such file"))
    }

    @Test func fetchNeedsAnOutput() throws {
        let run = try CommandRunner.run(["fetch", "draft.md"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--out DIR, --warc FILE or both"))
    }
}
