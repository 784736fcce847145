import Testing

@testable import ClaimCheck

/// `conflicting-figures` on small drafts: what counts as the same quantity, and severities.
@Suite("conflicting-figures")
struct ConflictingFiguresTests {
    private func findings(_ text: String) -> [Finding] {
        let document = PlainTextReader.read(text, path: "draft.txt")
        return ClaimChecker().check(document, fileText: text).findings.filter { $0.rule == .conflictingFigures }
    }

    @Test("Disjoint figures of the same thing are an error")
    func disjoint() throws {
        let found = findings("The storm destroyed 1,400 homes, the mayor said.\n\nBy Friday nearly 2,000 homes had been destroyed, officials of the city said.\n")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.line == 1)
        #expect(finding.related.map(\.line) == [3])
    }

    @Test("A figure and the same figure hedged agree")
    func agreeing() {
        #expect(findings("The storm destroyed 1,400 homes, the mayor said.\n\nAround 1,400 homes were destroyed, the mayor said.\n").isEmpty)
    }

    @Test("Different things are not compared: homes and residents, spies and diplomats")
    func differentThings() {
        #expect(findings("The storm destroyed 1,400 homes, the mayor said.\n\nThe storm displaced 2,000 residents, the mayor said.\n").isEmpty)
        #expect(findings("France expelled 35 diplomats, the ministry said.\n\nFrance expelled 50 spies, the ministry said.\n").isEmpty)
    }

    @Test("Claims about different years are different moments")
    func differentYears() {
        #expect(findings("In 2020, France expelled 35 diplomats, the ministry said.\n\nIn 2022, France expelled 50 diplomats, the ministry said.\n").isEmpty)
        #expect(!findings("In 2022, France expelled 35 diplomats, the ministry said.\n\nIn 2022, France expelled 50 diplomats, the ministry said.\n").isEmpty)
    }

    @Test("A ceiling against a floor is a warning: at most 30 vs at least 30")
    func ceilingAndFloor() throws {
        let found = findings("At most 30 people were arrested, the police said.\n\nAt least 30 people were arrested, the police said.\n")
        #expect(found.first?.severity == .warning)
    }

    @Test("A floor against a centre on one number is a warning: more than 5,000 vs about 5,000")
    func floorAndCentre() throws {
        let found = findings("More than 5,000 people signed the petition, the organisers said.\n\nAbout 5,000 people signed the petition, the organisers said.\n")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        // "about 5,000" and "5,000" agree: only a floor and a centre read differently.
        #expect(findings("About 5,000 people signed the petition, the organisers said.\n\n5,000 people signed the petition, the organisers said.\n").isEmpty)
    }

    @Test("Many disagreeing counts give one finding per anchor, not one per pair")
    func bounded() {
        let text = (1...60).map { "The police arrested \($0 * 10) people, a spokesman said." }.joined(separator: "\n\n")
        let found = findings(text)
        #expect(found.count == 1)
        #expect(found.first?.related.count == 59)
    }

    @Test("Severity can be changed or the rule turned off")
    func configurable() {
        let document = PlainTextReader.read("The storm destroyed 1,400 homes.\n\nNearly 2,000 homes were destroyed.\n", path: "d.txt")
        let off = ClaimChecker(options: CheckOptions(severities: [Rule.conflictingFigures: Severity?.none])).check(document)
        #expect(!off.findings.contains { $0.rule == .conflictingFigures })
        let info = ClaimChecker(options: CheckOptions(severities: [.conflictingFigures: .info])).check(document)
        #expect(info.findings.first { $0.rule == .conflictingFigures }?.severity == .info)
    }
}
