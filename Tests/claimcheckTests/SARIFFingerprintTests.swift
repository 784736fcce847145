import Foundation
import ClaimCheckTestSupport
import Testing

@testable import ClaimCheck

/// `partialFingerprints["claimcheck/v1"]`: the same across runs, unchanged by edits above a
/// finding, distinct for identical sentences; and the hash and paths under it.
@Suite("check: SARIF fingerprints")
struct SARIFFingerprintTests {
    /// (rule, startLine, fingerprint) of each result of `claimcheck check PATH --format sarif`.
    private func fingerprints(_ path: String) throws -> [(rule: String, line: Int, fingerprint: String)] {
        let outcome = try CommandRunner.run(["check", path, "--format", "sarif"])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let results = try #require(((sarif["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
        return try results.map { result in
            let region = (((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
            return (
                try #require(result["ruleId"] as? String), try #require(region?["startLine"] as? Int),
                try #require((result["partialFingerprints"] as? [String: String])?["claimcheck/v1"])
            )
        }
    }

    @Test("Two runs give identical fingerprints (and identical SARIF)")
    func acrossRuns() throws {
        let first = try CommandRunner.run(["check", "fixtures/seed/draft.html", "--sources", "fixtures/seed/sources", "--format", "sarif"])
        let second = try CommandRunner.run(["check", "fixtures/seed/draft.html", "--sources", "fixtures/seed/sources", "--format", "sarif"])
        #expect(!first.standardOutput.isEmpty)
        #expect(first.standardOutput == second.standardOutput)
        let prints = try fingerprints("fixtures/seed/draft.txt")
        #expect(prints.map(\.fingerprint) == (try fingerprints("fixtures/seed/draft.txt")).map(\.fingerprint))
        #expect(Set(prints.map(\.fingerprint)).count == prints.count, "fingerprints are distinct")
    }

    @Test("An unrelated paragraph inserted above: line numbers move, fingerprints do not")
    func survivesEditAbove() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("fixtures/seed/draft.txt"), encoding: .utf8)
        let path = try folder.file("draft.txt", text: original)
        let before = try fingerprints(path)
        var lines = original.components(separatedBy: "\n")
        lines.insert(contentsOf: ["The author thanks the readers who wrote in after last week's piece.", ""], at: 2)
        _ = try folder.file("draft.txt", text: lines.joined(separator: "\n"))
        let after = try fingerprints(path)
        #expect(before.count >= 5)
        #expect(after.map(\.fingerprint) == before.map(\.fingerprint))
        #expect(after.map(\.rule) == before.map(\.rule))
        #expect(after.map(\.line) == before.map { $0.line + 2 })
    }

    @Test("Identical sentences get distinct fingerprints (occurrence index); an edit of the sentence changes its own")
    func occurrences() throws {
        let sentence = "Around 300 people attended the rally, according to local media."
        let findings = (0..<2).map { index in
            Finding(
                rule: .vagueAttribution, severity: .warning, message: "vague", line: 1 + 2 * index, column: 1, claim: "c\(index)", text: sentence,
                span: "according to local media")
        }
        let prints = Fingerprint.fingerprints(of: findings, uri: "draft.md")
        #expect(prints[0] != prints[1])
        var moved = findings
        moved[0].line = 40
        moved[1].column = 7
        moved[1].text = "  Around 300 people\nattended the rally,   according to local media. "
        #expect(Fingerprint.fingerprints(of: moved, uri: "draft.md") == prints, "position and whitespace do not count")
        var edited = findings
        edited[1].text = "Around 3,000 people attended the rally, according to local media."
        let editedPrints = Fingerprint.fingerprints(of: edited, uri: "draft.md")
        #expect(editedPrints[0] == prints[0])
        #expect(editedPrints[1] != prints[1])
        #expect(Fingerprint.fingerprints(of: findings, uri: "other.md") != prints)
    }

    @Test("FNV-1a 64 matches the reference values", arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func stableHash(input: String, expected: String) {
        var hash = StableHash()
        hash.combine(bytes: input.utf8)
        #expect(hash.hex == expected)
    }

    @Test(
        "Paths relative to the working directory, else absolute file URIs",
        arguments: [
            ("fixtures/seed/draft.html", "/repo", "fixtures/seed/draft.html", true, "fixtures/seed/draft.html"),
            ("/repo/drafts/./a.md", "/repo/", "drafts/a.md", true, "drafts/a.md"),
            ("../other/b.md", "/repo/sub", "/repo/other/b.md", false, "file:///repo/other/b.md"),
            ("/tmp/x y/é.txt", "/repo", "/tmp/x y/é.txt", false, "file:///tmp/x%20y/%C3%A9.txt"),
            ("/repository/c.txt", "/repo", "/repository/c.txt", false, "file:///repository/c.txt"),
            ("drafts/100%,#1.md", "/repo", "drafts/100%,#1.md", true, "drafts/100%25%2C%231.md"),
        ])
    func artifactPaths(path: String, workingDirectory: String, expectedPath: String, relative: Bool, uri: String) {
        let artifact = ArtifactPath(path, workingDirectory: workingDirectory)
        #expect(artifact.path == expectedPath)
        #expect(artifact.isRelative == relative)
        #expect(artifact.uri == uri)
    }
}
