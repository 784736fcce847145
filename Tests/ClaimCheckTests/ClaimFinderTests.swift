import Testing

@testable import ClaimCheck

/// What the claim finder keeps as claims, and how attributions carry within a paragraph.
@Suite("Claims")
struct ClaimFinderTests {
    private func claims(_ text: String) -> [Claim] {
        ClaimFinder().claims(in: PlainTextReader.read(text, path: "draft.txt"), fileText: text)
    }

    @Test("A later sentence of a paragraph continues its specific attribution, and says so")
    func inheritance() throws {
        let found = claims("Intro line.\n\nAccording to Le Monde, 35 diplomats were expelled in April. A further 12 left in May.\n")
        #expect(found.count == 2)
        let second = try #require(found.last)
        #expect(second.attributions.first?.publisher?.name == "Le Monde")
        #expect(second.attributions.first?.inheritedFrom == found.first?.id)
        let findings = ClaimChecker().check(PlainTextReader.read("Intro line.\n\nAccording to Le Monde, 35 diplomats were expelled in April. A further 12 left in May.\n", path: "d.txt")).findings
        #expect(!findings.contains { $0.rule == .unsourcedFigure })
    }

    @Test("Attributions do not carry into the next paragraph")
    func noInheritanceAcrossParagraphs() throws {
        let found = claims("Intro line.\n\nAccording to Le Monde, 35 diplomats were expelled in April.\n\nA further 12 left in May.\n")
        #expect(found.last?.attributions.isEmpty == true)
    }

    @Test(
        "Not claims: questions, opinion, page furniture",
        arguments: [
            "How many spies has France expelled since 2022?",
            "Thus, the threat is still present.",
            "Read also: 12 ways to spot a fake account",
            "À lire aussi : 35 diplomates expulsés",
            "Scroll to Top",
        ])
    func notClaims(_ sentence: String) {
        #expect(claims("Intro line.\n\n" + sentence + "\n").isEmpty)
    }

    @Test(
        "Claims: a figure, a date, a quote, an attribution",
        arguments: [
            "Six agents were arrested.",
            "The embassy closed in November 2020.",
            "The minister promised “a complete review of the procedure” to the committee.",
            "According to Reuters, the talks broke down.",
        ])
    func areClaims(_ sentence: String) {
        #expect(claims("Intro line.\n\n" + sentence + "\n").count == 1)
    }

    @Test("A sentence is placed on its own line and column, even in a wrapped paragraph")
    func positions() throws {
        let found = claims("Intro line.\n\nThe first sentence has no figure. The council\nopened four shelters on Monday.\n")
        let claim = try #require(found.first)
        #expect(claim.line == 3)
        #expect(claim.column == 35)
    }

    @Test("Scare quotes and titles are not quotes to find")
    func quotes() throws {
        let found = claims("Intro line.\n\nThe 35 “diplomats” wrote the book “How Influence Works in Paris”.\n")
        #expect(found.first?.quotes.isEmpty == true)
    }
}
