import Foundation
import ClaimCheckTestSupport
import Testing

/// Silencing comments through `claimcheck check`: findings reported as suppressed, exit code
/// ignoring them, notices on stderr and in JSON.
@Suite("silencing: command line")
struct SilencingCommandTests {
    private func report(_ outcome: CommandRunner.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    private func findings(_ report: [String: Any]) -> [[String: Any]] {
        ((report["documents"] as? [[String: Any]]) ?? []).flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
    }

    @Test("Markdown next-line comments: silenced findings stay, marked with line and reason")
    func nextLine() throws {
        let outcome = try CommandRunner.run(["check", "fixtures/silencing/next-line.md", "--format", "json", "--fail-on", "warning"])
        #expect(outcome.status == 1, "line 3 is not silenced")
        let json = try report(outcome)
        let found = findings(json)
        #expect(found.map { $0["line"] as? Int } == [3, 6, 9, 12])
        #expect(found[0]["suppressed"] is NSNull)
        let silenced = try #require(found[1]["suppressed"] as? [String: Any])
        #expect(silenced["line"] as? Int == 5)
        #expect(silenced["justification"] as? String == "confirmed by the museum's director by phone")
        #expect((found[2]["suppressed"] as? [String: Any])?["justification"] is NSNull)
        #expect(((json["summary"] as? [String: Any])?["findings"] as? [String: Int])?["warning"] == 1)
        let notices = try #require(json["notices"] as? [[String: Any]])
        #expect(notices.map { $0["line"] as? Int } == [8, 11])
        #expect(
            outcome.standardError == """
                claimcheck: warning: fixtures/silencing/next-line.md:8: claimcheck-disable-next-line without a reason
                claimcheck: warning: fixtures/silencing/next-line.md:11: unknown rule 'unsourced-figures' in claimcheck-disable-next-line (did you mean 'unsourced-figure'?)

                """)
    }

    @Test("Every finding silenced: exit 0 even with --fail-on warning; the text report leaves them out")
    func allSilenced() throws {
        let json = try CommandRunner.run(["check", "fixtures/silencing/all-silenced.md", "--format", "json", "--fail-on", "warning"])
        #expect(json.status == 0)
        #expect(findings(try report(json)).count == 3)
        #expect(findings(try report(json)).allSatisfy { $0["suppressed"] is [String: Any] })
        #expect(json.standardError.isEmpty)
        let text = try CommandRunner.run(["check", "fixtures/silencing/all-silenced.md", "--format", "text", "--fail-on", "warning"])
        #expect(text.status == 0)
        #expect(text.standardOutput == "1 draft, 3 claims: 0 errors, 0 warnings, 0 info (3 suppressed)\n")
    }

    @Test("HTML ranges: disable … enable for one rule, then for all rules")
    func htmlRanges() throws {
        let json = try report(try CommandRunner.run(["check", "fixtures/silencing/ranges.html", "--format", "json"]))
        let found = findings(json)
        let silenced = found.filter { $0["suppressed"] is [String: Any] }.map { "\($0["line"] as? Int ?? 0):\($0["rule"] as? String ?? "")" }
        #expect(silenced == ["9:unsourced-figure", "10:unsourced-figure", "14:vague-attribution"])
        #expect(found.count == 6)
    }
}
