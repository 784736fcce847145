import ClaimCheckTestSupport
import Testing

@testable import ClaimCheck

/// The reference article as plain text, checked with no sources: the bars of issue 4.
@Suite("Seed draft, plain text, no sources")
struct SeedDraftTests {
    let result: CheckReport.DocumentResult

    init() throws {
        let report = ClaimChecker().check(drafts: [CommandRunner.repositoryRoot.appendingPathComponent("fixtures/seed/draft.txt").path], sources: [])
        result = try #require(report.documents.first)
    }

    private func findings(_ rule: Rule, line: Int) -> [Finding] {
        result.findings.filter { $0.rule == rule && $0.line == line }
    }

    @Test("“up to fifty” (line 5) and “around 50” (line 25) are differently hedged counts of the same expelled spies")
    func conflictingFigures() throws {
        let finding = try #require(findings(.conflictingFigures, line: 5).first)
        #expect(finding.severity == .warning)
        #expect(finding.related.map(\.line) == [25])
        #expect(finding.span == "up to fifty")
        #expect(finding.related.first?.text == "around 50")
        #expect(result.findings.filter { $0.rule == .conflictingFigures }.count == 1)
    }

    @Test("Vague attributions on lines 5 and 31", arguments: [5, 31])
    func vagueAttribution(line: Int) {
        #expect(findings(.vagueAttribution, line: line).count == 1)
    }

    @Test("Unsourced figures on lines 21 and 25", arguments: [21, 25])
    func unsourcedFigure(line: Int) {
        #expect(findings(.unsourcedFigure, line: line).count == 1)
    }

    @Test("The 35 diplomats are attributed to the Interior Ministry")
    func attributedFigure() throws {
        #expect(findings(.unsourcedFigure, line: 19).isEmpty)
        let claim = try #require(result.claims.first { $0.line == 19 && !$0.figures.isEmpty })
        #expect(claim.attributions.first?.publisher?.name == "Ministère de l'Intérieur")
    }

    @Test("Nothing on the question, the opinion and the page furniture", arguments: [1, 3, 17, 29, 33, 35, 37])
    func quietLines(line: Int) {
        #expect(result.findings.filter { $0.line == line }.isEmpty)
        #expect(result.claims.filter { $0.line == line }.isEmpty)
    }

    @Test("No vague attribution where a specific one stands beside it (lines 7, 9, second sentence of 31)")
    func specificBeatsVague() {
        #expect(findings(.vagueAttribution, line: 7).isEmpty)
        #expect(findings(.vagueAttribution, line: 9).isEmpty)
        #expect(result.findings.filter { $0.rule == .vagueAttribution && $0.line == 31 }.count == 1)
        #expect(result.claims.contains { $0.line == 31 && $0.attributions.contains { $0.publisher?.name == "RFI" } })
    }

    @Test("Findings point at the sentence's own column")
    func columns() throws {
        let six = try #require(findings(.unsourcedFigure, line: 21).first)
        #expect(six.column == 62)
        #expect(six.text.hasPrefix("Six Russian agents"))
    }
}
