import Foundation
import ClaimCheckTestSupport
import Testing

@testable import ClaimCheck

/// Each fixture case's `expected.json`, compared with what `claimcheck check` finds.
///
/// `expected.json` holds what a careful fact-checker expects (see the case's README): the exact
/// findings (rule, severity, line, related lines), findings that may or may not appear
/// (`optional`), evidence that must link a claim's line to a source passage with a given
/// agreement, and optionally the number of claims and the sources that cannot be read. Cases
/// the checker does not meet yet are listed in `GoldenCase.knownGaps` with the reason, so
/// the test says so instead of passing silently.
@Suite("Golden cases")
struct GoldenCaseTests {
    @Test("Findings are exactly the expected ones", arguments: GoldenCase.all)
    func findings(_ golden: GoldenCase) throws {
        let result = try golden.run()
        try golden.expectingKnownGap("findings") {
            #expect(result.findings == golden.expectedFindings, "unexpected or missing findings in \(golden.name)")
        }
    }

    @Test("Claims link to their source passages", arguments: GoldenCase.all)
    func evidence(_ golden: GoldenCase) throws {
        let result = try golden.run()
        for link in golden.expectedEvidence {
            try golden.expectingKnownGap("evidence \(link.line)") {
                #expect(result.evidence.contains(link), "\(golden.name): line \(link.line) → \(link.source):\(link.sourceLine) \(link.agreement); found \(result.evidence.filter { $0.line == link.line })")
            }
        }
    }

    @Test("Claim counts and unreadable sources", arguments: GoldenCase.all)
    func inputs(_ golden: GoldenCase) throws {
        let result = try golden.run()
        if let claims = golden.expectedClaims { #expect(result.claimCount == claims) }
        #expect(result.sourceErrors == golden.expectedSourceErrors)
    }
}

/// One golden case: a folder with a draft, its sources and an expected file.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    struct FindingKey: Hashable, Comparable, CustomStringConvertible {
        var rule: String
        var severity: String
        var line: Int
        var related: [Int]

        static func < (a: FindingKey, b: FindingKey) -> Bool { (a.line, a.rule, a.severity) < (b.line, b.rule, b.severity) }
        var description: String { "\(rule)@\(line)(\(severity))" + (related.isEmpty ? "" : "→\(related)") }
    }

    struct EvidenceKey: Hashable, CustomStringConvertible {
        var line: Int
        var source: String
        var sourceLine: Int
        var agreement: String
        var description: String { "\(line)→\(source):\(sourceLine) \(agreement)" }
    }

    struct Outcome {
        var findings: [FindingKey]
        var evidence: [EvidenceKey]
        var claimCount: Int
        var sourceErrors: [String]
    }

    var name: String
    var folder: URL
    var expectedFile: URL
    var testDescription: String { name }

    /// Known gaps: "<case> <what>" → why the checker does not meet the expectation yet.
    static let knownGaps: [String: String] = [:]

    static var all: [GoldenCase] {
        let root = CommandRunner.repositoryRoot.appendingPathComponent("fixtures")
        var cases = [
            GoldenCase(name: "seed (text, no sources)", folder: root.appendingPathComponent("seed"), expectedFile: root.appendingPathComponent("seed/expected-text.json")),
            GoldenCase(name: "seed", folder: root.appendingPathComponent("seed"), expectedFile: root.appendingPathComponent("seed/expected.json")),
        ]
        let casesFolder = root.appendingPathComponent("cases")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? []
        for name in names.sorted() where FileManager.default.fileExists(atPath: casesFolder.appendingPathComponent("\(name)/expected.json").path) {
            cases.append(GoldenCase(name: name, folder: casesFolder.appendingPathComponent(name), expectedFile: casesFolder.appendingPathComponent("\(name)/expected.json")))
        }
        return cases
    }

    private var expected: [String: Any] {
        get throws {
            try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedFile)) as? [String: Any])
        }
    }

    var expectedFindings: [FindingKey] {
        (((try? expected)?["findings"] as? [[String: Any]]) ?? []).map {
            FindingKey(rule: $0["rule"] as? String ?? "", severity: $0["severity"] as? String ?? "", line: $0["line"] as? Int ?? 0, related: $0["related"] as? [Int] ?? [])
        }.sorted()
    }

    var optionalFindings: Set<String> {
        Set((((try? expected)?["optional"] as? [[String: Any]]) ?? []).map { "\($0["rule"] as? String ?? "")@\($0["line"] as? Int ?? 0)" })
    }

    var expectedEvidence: [EvidenceKey] {
        (((try? expected)?["evidence"] as? [[String: Any]]) ?? []).map {
            EvidenceKey(line: $0["line"] as? Int ?? 0, source: $0["source"] as? String ?? "", sourceLine: $0["sourceLine"] as? Int ?? 0, agreement: $0["agreement"] as? String ?? "")
        }
    }

    var expectedClaims: Int? { (try? expected)?["claims"] as? Int }
    var expectedSourceErrors: [String] { (((try? expected)?["sourceErrors"] as? [String]) ?? []).sorted() }

    /// Runs the check the expected file describes.
    func run() throws -> Outcome {
        let expected = try expected
        let draft = folder.appendingPathComponent(try #require(expected["draft"] as? String)).path
        let sources = ((expected["sources"] as? [String]) ?? []).map { folder.appendingPathComponent($0).path }
        let report = ClaimChecker().check(drafts: [draft], sources: sources)
        let document = try #require(report.documents.first)
        let optional = optionalFindings
        let findings = document.findings
            .map { FindingKey(rule: $0.rule.rawValue, severity: $0.severity.rawValue, line: $0.line, related: $0.related.map(\.line)) }
            .filter { !optional.contains("\($0.rule)@\($0.line)") }
            .sorted()
        var evidence: [EvidenceKey] = []
        for (claim, found) in zip(document.claims, document.evidence) {
            for item in found {
                evidence.append(EvidenceKey(line: claim.line, source: URL(fileURLWithPath: item.source).lastPathComponent, sourceLine: item.line, agreement: item.agreement.rawValue))
            }
        }
        let errors = report.sources.filter { $0.error != nil }.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted()
        return Outcome(findings: findings, evidence: evidence, claimCount: document.claims.count, sourceErrors: errors)
    }

    /// Runs `body`; when `<case> <what>` is a known gap, its failure is expected and reported as such.
    func expectingKnownGap(_ what: String, _ body: () throws -> Void) throws {
        if let reason = Self.knownGaps["\(name) \(what)"] {
            withKnownIssue(Comment(rawValue: reason)) { try body() }
        } else {
            try body()
        }
    }
}
