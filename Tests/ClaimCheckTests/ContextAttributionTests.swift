import Testing

@testable import ClaimCheck

/// Sources found in a claim's context (`ContextAttributions`): a later sentence of the
/// paragraph, a continued paragraph, the same figure sourced elsewhere; the attribution says
/// where (`inheritedScope`).
@Suite("Context attributions")
struct ContextAttributionTests {
    private func claims(_ text: String) -> [Claim] {
        ClaimFinder().claims(in: PlainTextReader.read(text, path: "draft.txt"), fileText: text)
    }

    @Test("A later sentence of the paragraph sources an earlier figure")
    func laterSentence() throws {
        let found = claims("Intro line.\n\nSome 2,400 people crossed in June. The figures were published by the Home Office.\n")
        let first = try #require(found.first)
        let inherited = try #require(first.attributions.first)
        #expect(inherited.kind == .specific)
        #expect(inherited.inheritedFrom == found.last?.id)
        #expect(inherited.inheritedScope == .paragraph)
    }

    @Test("A later sentence naming a study's author sources the figure before it")
    func studyAuthor() throws {
        let found = claims("Intro line.\n\nSome 24 billion tonnes of soil are lost each year. That is the finding of a study led by the Institute of Soil Science.\n")
        let first = try #require(found.first)
        #expect(first.attributions.first?.inheritedScope == .paragraph)
        #expect(first.attributions.first?.source == "Institute of Soil Science")
    }

    @Test("A paragraph that opens with a pronoun continues the source of the one before")
    func continuedParagraph() throws {
        let found = claims("Intro line.\n\nThe mayor said 300 homes were flooded.\n\nHe expects repairs to cost €40 million.\n")
        let last = try #require(found.last)
        #expect(last.attributions.first?.inheritedScope == .previousParagraph)
    }

    @Test("A paragraph that opens by pointing back continues the source of the one before")
    func pointingBack() throws {
        let found = claims("Intro line.\n\nNearly 31% of new investors followed a friend, according to a study by the Pew Research Center.\n\nThat share compares with 8% of investors in stocks.\n")
        #expect(found.last?.attributions.first?.inheritedScope == .previousParagraph)
    }

    @Test("A paragraph that does not continue the one before takes nothing from it")
    func unrelatedParagraph() throws {
        let found = claims("Intro line.\n\nThe mayor said 300 homes were flooded.\n\nRepairs will cost €40 million.\n")
        #expect(found.last?.attributions.isEmpty == true)
    }

    @Test("A standfirst's figure is sourced by the body sentence that gives it with a source")
    func sameFigure() throws {
        let found = claims("Intro line.\n\nAt least 43 people died in the floods.\n\nRescuers worked all night.\n\nThe regional government said at least 43 people had died.\n")
        let first = try #require(found.first)
        #expect(first.attributions.first?.inheritedScope == .sameFigure)
        #expect(first.attributions.first?.inheritedFrom == found.last?.id)
    }

    @Test("A text that presents its figures as its authors' own study sources them")
    func ownStudy() throws {
        let text = """
            Intro line.

            Nous avons dépouillé 57 revues publiées entre 2007 et 2009.

            Sur ces 57 titres, seuls 31 ont accueilli un auteur français.

            De notre étude, il ressort que 6 revues concentrent la moitié des articles.

            """
        let found = claims(text)
        let middle = try #require(found.first { $0.text.hasPrefix("Sur ces") })
        #expect(middle.attributions.first?.inheritedScope == .ownStudy)
        #expect(middle.attributions.first?.inheritedFrom == found.first?.id)
    }

    @Test("One first-person sentence does not make a study")
    func oneMention() throws {
        let found = claims("Intro line.\n\nWe found the office closed.\n\nThe council spent €2.3 million on the bridge.\n")
        #expect(found.last?.attributions.isEmpty == true)
    }

    @Test("A reporting conditional without a figure continues the named source of its paragraph")
    func conditionalWithoutFigure() {
        let text = "Intro line.\n\nLe Point rapporte que le parquet a ouvert une enquête. Le directeur aurait travaillé à une stratégie de ralliement.\n"
        let findings = ClaimChecker().check(PlainTextReader.read(text, path: "d.txt")).findings
        #expect(!findings.contains { $0.rule == .vagueAttribution })
    }

    @Test("A reporting conditional with a named source in its paragraph is not vague")
    func conditionalWithSource() throws {
        let text = "Intro line.\n\nSelon Le Canard enchaîné, l'Élysée a été prévenu. Le conseiller aurait perçu 15 000 euros.\n"
        let findings = ClaimChecker().check(PlainTextReader.read(text, path: "d.txt")).findings
        #expect(!findings.contains { $0.rule == .vagueAttribution })
        #expect(!findings.contains { $0.rule == .unsourcedFigure })
    }
}
