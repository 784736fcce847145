import Foundation
import ClaimCheckTestSupport
import Testing

/// `claimcheck check` with configuration files, as a process: discovery, `--config`, CLI
/// flags winning, ignore, and exit 2 with one line for a bad file.
@Suite("config: command line")
struct ConfigCommandTests {
    private func report(_ outcome: CommandRunner.Outcome) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    private func findings(_ report: [String: Any]) -> [[String: Any]] {
        ((report["documents"] as? [[String: Any]]) ?? []).flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
    }

    @Test("A misspelt key in the file found from the draft: one line naming file and line, exit 2, no report")
    func typoFound() throws {
        let outcome = try CommandRunner.run(["check", "fixtures/config/typo/draft.md", "--format", "json"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "claimcheck: error: fixtures/config/typo/.claimcheck.yml:3: unknown key 'ruels' (did you mean 'rules'?)\n")
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test("--config names the file for every draft; a missing one is exit 2")
    func explicitFile() throws {
        let typo = try CommandRunner.run(["check", "fixtures/seed/draft.txt", "--config", "fixtures/config/typo/.claimcheck.yml", "--format", "json"])
        #expect(typo.status == 2)
        #expect(typo.standardError == "claimcheck: error: fixtures/config/typo/.claimcheck.yml:3: unknown key 'ruels' (did you mean 'rules'?)\n")
        let missing = try CommandRunner.run(["check", "fixtures/seed/draft.txt", "--config", "fixtures/config/none.yml"])
        #expect(missing.status == 2)
        #expect(missing.standardError == "claimcheck: error: fixtures/config/none.yml: no such file\n")
    }

    @Test("The file's rules, fail-on and publishers apply; --fail-on on the command line wins")
    func settingsApply() throws {
        let draft = "fixtures/config/full/drafts/draft.md"
        let outcome = try CommandRunner.run(["check", draft, "--format", "json"])
        #expect(outcome.status == 1, "fail-on: warning in the file")
        let found = findings(try report(outcome))
        // Line 7's configured phrase names no one: its figure is unsourced as well as vaguely attributed.
        #expect(found.map { $0["rule"] as? String } == ["unsourced-figure", "unsourced-figure", "vague-attribution"])
        #expect(found.map { $0["severity"] as? String } == ["error", "error", "warning"])
        #expect(found.map { $0["line"] as? Int } == [3, 7, 7])
        #expect(!found.contains { $0["rule"] as? String == "source-unavailable" }, "off in the file")
        #expect(try CommandRunner.run(["check", draft, "--format", "json", "--fail-on", "none"]).status == 0)
        // The same draft under another file: the defaults again.
        let other = try CommandRunner.run(["check", draft, "--format", "json", "--config", "fixtures/config/typo/draft.md"])
        #expect(other.status == 2, "a Markdown file is not a configuration mapping")
    }

    @Test("Drafts under different files in one run: each with its own settings, in the order given")
    func perDraft() throws {
        let outcome = try CommandRunner.run([
            "check", "fixtures/silencing/next-line.md", "fixtures/config/full/drafts/draft.md", "--format", "json",
        ])
        #expect(outcome.status == 1, "the second draft's file fails on warnings")
        let documents = try #require(try report(outcome)["documents"] as? [[String: Any]])
        #expect(documents.map { $0["path"] as? String } == ["fixtures/silencing/next-line.md", "fixtures/config/full/drafts/draft.md"])
        let severities = documents.map { (($0["findings"] as? [[String: Any]]) ?? []).first?["severity"] as? String }
        #expect(severities == ["warning", "error"], "unsourced-figure is an error only under the file")
        #expect(try CommandRunner.run(["check", "fixtures/silencing/next-line.md", "--format", "json"]).status == 0)
    }

    @Test("Drafts and sources matching ignore are skipped")
    func ignore() throws {
        let outcome = try CommandRunner.run([
            "check", "fixtures/config/full/drafts/old/draft.md", "fixtures/config/full/drafts/harbour.notes.md",
            "fixtures/config/full/drafts/draft.md", "--format", "json", "--sources", "fixtures/config/full/drafts",
        ])
        let json = try report(outcome)
        #expect((json["documents"] as? [[String: Any]])?.map { $0["path"] as? String } == ["fixtures/config/full/drafts/draft.md"])
        #expect((json["sources"] as? [[String: Any]])?.map { $0["path"] as? String } == ["fixtures/config/full/drafts/draft.md"])
    }

    @Test("Without a file, the defaults: warnings do not fail")
    func noFile() throws {
        let folder = try TemporaryFolder()
        let draft = try folder.file("draft.md", text: "# T\n\nThe harbour employed 800 dockers in 2023.\n")
        let outcome = try CommandRunner.run(["check", draft, "--format", "json"])
        #expect(outcome.status == 0)
        #expect(findings(try report(outcome)).map { $0["severity"] as? String } == ["warning"])
        _ = try folder.file(".claimcheck.yml", text: "fail-on: warning\ntolerance: 2\n")
        let bad = try CommandRunner.run(["check", draft, "--format", "json"])
        #expect(bad.status == 2)
        #expect(bad.standardError.hasSuffix(".claimcheck.yml:2: bad value '2' for 'tolerance': expected a number at least 0 and below 1 (0.1 is 10 %)\n"))
    }
}
