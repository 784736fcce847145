import Foundation
import ClaimCheckTestSupport
import Testing

@testable import ClaimCheck

/// `claimcheck check --format github`: GitHub Actions workflow commands, escaped as the runner
/// decodes them.
@Suite("check: GitHub annotations")
struct GitHubFormatTests {
    @Test(
        "Message data: %, CR and LF are escaped; : and , are not",
        arguments: [
            ("plain", "plain"),
            ("100% sure", "100%25 sure"),
            ("%0A is not a newline", "%250A is not a newline"),
            ("line one\nline two", "line one%0Aline two"),
            ("windows\r\nline", "windows%0D%0Aline"),
            ("a: b, c", "a: b, c"),
            ("“up to fifty” — 50 %", "“up to fifty” — 50 %25"),
            ("::error::", "::error::"),
        ])
    func escapeData(input: String, expected: String) {
        #expect(GitHubCommand.escapeData(input) == expected)
    }

    @Test(
        "Property values: also : and ,",
        arguments: [
            ("drafts/a.md", "drafts/a.md"),
            ("C:\\drafts\\a.md", "C%3A\\drafts\\a.md"),
            ("a,b.md", "a%2Cb.md"),
            ("50%, then: more\n", "50%25%2C then%3A more%0A"),
            ("conflicting-figures", "conflicting-figures"),
            ("x=1", "x=1"),
        ])
    func escapeProperty(input: String, expected: String) {
        #expect(GitHubCommand.escapeProperty(input) == expected)
    }

    @Test("A command line: ::command key=value,…::message")
    func commandLine() {
        let line = GitHubCommand.line(
            command: "error", properties: [("file", "drafts/q1, final.md"), ("line", "3"), ("title", "source-conflict")],
            message: "\"12%\" vs \"15%\"\nin the source")
        #expect(line == "::error file=drafts/q1%2C final.md,line=3,title=source-conflict::\"12%25\" vs \"15%25\"%0Ain the source")
    }

    @Test("Golden: the seed draft as workflow commands (fixtures/sarif/seed-draft.github.txt)")
    func golden() throws {
        let outcome = try CommandRunner.run(["check", "fixtures/seed/draft.txt", "--format", "github"])
        #expect(outcome.status == 0)
        let expected = try String(
            contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("fixtures/sarif/seed-draft.github.txt"), encoding: .utf8)
        #expect(outcome.standardOutput == expected)
    }

    @Test("Severities map to error, warning and notice; suppressed findings are not annotated")
    func severitiesAndSuppression() throws {
        let root = CommandRunner.repositoryRoot.path
        var report = ClaimChecker().check(drafts: [root + "/fixtures/seed/draft.html"], sources: [root + "/fixtures/seed/sources"])
        var findings = try #require(report.documents.first?.findings)
        try #require(findings.count >= 3)
        findings[0].severity = .error
        findings[1].suppression = .init(line: 40, justification: "checked")
        report.documents[0].findings = findings
        let lines = report.githubAnnotations(workingDirectory: root).split(separator: "\n").map(String.init)
        #expect(lines.count == findings.count - 1)
        #expect(lines[0].hasPrefix("::error file=fixtures/seed/draft.html,line=43,"))
        #expect(lines.contains { $0.hasPrefix("::notice ") && $0.contains("title=source-unavailable::") })
        #expect(!lines.contains { $0.contains("title=\(findings[1].rule.rawValue)::\(GitHubCommand.escapeData(findings[1].message))") })
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }

    @Test("A draft that cannot be read: an error annotation naming it, exit 2")
    func unreadableDraft() throws {
        let outcome = try CommandRunner.run(["check", "fixtures/no-such-draft.md", "fixtures/seed/draft.txt", "--format", "github"])
        #expect(outcome.status == 2)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.last == "::error file=fixtures/no-such-draft.md,title=claimcheck::no such file")
        #expect(lines.dropLast().allSatisfy { $0.contains("file=fixtures/seed/draft.txt,") })
    }

    @Test("An unknown --format is a usage error (exit 2)")
    func unknownFormat() throws {
        let outcome = try CommandRunner.run(["check", "fixtures/seed/draft.txt", "--format", "sarif3"])
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("sarif3"))
    }
}
