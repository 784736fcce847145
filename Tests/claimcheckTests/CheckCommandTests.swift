import Foundation
import ClaimCheckTestSupport
import Testing

/// `claimcheck check` as a process: exit codes, --fail-on, bad drafts and bad sources.
@Suite("check: command line")
struct CheckCommandTests {
    private func json(_ outcome: CommandRunner.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    @Test("Warnings only: exit 0 by default, 1 with --fail-on warning, 0 with --fail-on none")
    func failOn() throws {
        let draft = "fixtures/seed/draft.txt"
        #expect(try CommandRunner.run(["check", draft, "--format", "json"]).status == 0)
        #expect(try CommandRunner.run(["check", draft, "--format", "json", "--fail-on", "warning"]).status == 1)
        #expect(try CommandRunner.run(["check", draft, "--format", "json", "--fail-on", "none"]).status == 0)
    }

    @Test("The JSON report follows the SPEC contract")
    func contract() throws {
        let report = try json(try CommandRunner.run(["check", "fixtures/seed/draft.txt", "--format", "json"]))
        #expect(report["schemaVersion"] as? Int == 1)
        #expect((report["tool"] as? [String: Any])?["name"] as? String == "claimcheck")
        let document = try #require((report["documents"] as? [[String: Any]])?.first)
        #expect(document["path"] as? String == "fixtures/seed/draft.txt")
        #expect(document["language"] as? String == "en")
        let claims = try #require(document["claims"] as? [[String: Any]])
        let claim = try #require(claims.first)
        for key in ["id", "text", "line", "column", "figures", "dates", "attributions", "evidence"] {
            #expect(claim[key] != nil, "claim field \(key)")
        }
        let figure = try #require((claim["figures"] as? [[String: Any]])?.first)
        #expect(figure["text"] as? String == "up to fifty")
        #expect(figure["kind"] as? String == "atMost")
        #expect(figure["low"] is NSNull)
        #expect(figure["high"] as? Int == 50)
        #expect(figure["lowInclusive"] as? Bool == false)
        #expect(figure["highInclusive"] as? Bool == true)
        #expect(figure["head"] as? String == "spy")
        #expect(figure["predicate"] as? String == "expel")
        let finding = try #require((document["findings"] as? [[String: Any]])?.first)
        for key in ["rule", "severity", "message", "line", "column", "claim", "related"] {
            #expect(finding[key] != nil, "finding field \(key)")
        }
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["documents"] as? Int == 1)
        #expect(summary["claims"] as? Int == claims.count)
        #expect((summary["findings"] as? [String: Int])?.keys.sorted() == ["error", "info", "warning"])
    }

    @Test("A draft that cannot be read: one error line, exit 2; the other drafts are still checked")
    func unreadableDraft() throws {
        let outcome = try CommandRunner.run(["check", "fixtures/no-such-draft.html", "fixtures/seed/draft.txt", "--format", "json"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "claimcheck: error: fixtures/no-such-draft.html: no such file\n")
        let report = try json(outcome)
        #expect((report["documents"] as? [[String: Any]])?.count == 1)
        #expect((report["failures"] as? [[String: Any]])?.first?["path"] as? String == "fixtures/no-such-draft.html")
    }

    @Test("Broken sources (binary, empty, a dangling link) are reported and skipped; the rest is checked; no exit 2")
    func brokenSources() throws {
        let folder = try TemporaryFolder()
        let sources = folder.url.appendingPathComponent("sources")
        try FileManager.default.copyItem(
            at: CommandRunner.repositoryRoot.appendingPathComponent("fixtures/cases/broken-sources/sources"), to: sources)
        try FileManager.default.createSymbolicLink(atPath: sources.appendingPathComponent("gone.html").path, withDestinationPath: "/nonexistent/page.html")
        let outcome = try CommandRunner.run([
            "check", "fixtures/cases/broken-sources/draft.html", "--sources", sources.path, "--format", "json",
        ])
        #expect(outcome.status == 0)
        let warnings = outcome.standardError.split(separator: "\n").map(String.init)
        #expect(warnings.count == 3, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("claimcheck: warning: ") && $0.contains("weather-bulletin.html") && $0.contains("binary") })
        #expect(warnings.contains { $0.contains("council-notice.html") && $0.contains("empty") })
        #expect(warnings.contains { $0.contains("gone.html") && $0.contains("no such file") })
        let report = try json(outcome)
        let entries = try #require(report["sources"] as? [[String: Any]])
        #expect(entries.filter { $0["error"] is String }.count == 3)
        #expect(entries.contains { ($0["path"] as? String)?.hasSuffix("ferrybank-herald.html") == true && $0["error"] is NSNull })
    }

    @Test("A draft citing 500 links is checked: each missing source reported once")
    func manyLinks() throws {
        let folder = try TemporaryFolder()
        let paragraphs = (0..<500).map {
            "<p>The harbour of town \($0) opened in \(1800 + $0), according to <a href=\"https://outlet\($0).example/story/\($0)\">Outlet \($0)</a>.</p>"
        }
        let draft = try folder.file("many-links.html", text: "<!doctype html><html lang=\"en\"><body><article>\(paragraphs.joined(separator: "\n"))</article></body></html>")
        let outcome = try CommandRunner.run(["check", draft, "--format", "json"])
        #expect(outcome.status == 0)
        let document = try #require((try json(outcome)["documents"] as? [[String: Any]])?.first)
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["rule"] as? String == "source-unavailable" }.count == 500)
        #expect((document["claims"] as? [[String: Any]])?.count == 500)
    }

    @Test("Bad flag values are usage errors with exit code 2", arguments: [["--format", "yaml"], ["--fail-on", "sometimes"], ["--tolerance", "2"]])
    func badFlags(arguments: [String]) throws {
        let outcome = try CommandRunner.run(["check", "fixtures/seed/draft.txt"] + arguments)
        #expect(outcome.status == 2)
        #expect(!outcome.standardError.isEmpty)
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test("The text report is compiler-style, with the sentence and an underline")
    func textReport() throws {
        let outcome = try CommandRunner.run(["check", "fixtures/seed/draft.txt", "--format", "text"])
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("fixtures/seed/draft.txt:21:62: warning: ") })
        #expect(lines[index].hasSuffix("[unsourced-figure]"))
        #expect(lines[index + 1] == "    Six Russian agents, who were quite traditional spies, were discovered purchasing secret documents from an unnamed French source.")
        #expect(lines[index + 2] == "    ^~~")
        #expect(!outcome.standardOutput.contains("\u{1B}["), "no colour when not on a terminal")
        #expect(lines.dropLast().last?.hasPrefix("1 draft, ") == true)
    }
}
