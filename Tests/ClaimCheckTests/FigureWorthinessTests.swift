import Testing

@testable import ClaimCheck

/// Which figures need a source (`FigureWorthiness`), and the finding saying why.
@Suite("Figure worthiness")
struct FigureWorthinessTests {
    private func unsourced(_ paragraph: String) -> [Finding] {
        let text = "Intro line.\n\n" + paragraph + "\n"
        return ClaimChecker().check(PlainTextReader.read(text, path: "d.txt")).findings.filter { $0.rule == .unsourcedFigure }
    }

    @Test(
        "Consequential: percentages, money, hedged figures, counts of ten or more, tolls, a count opening its sentence",
        arguments: [
            ("Unemployment among young men reached 17.4% in the region.", "a percentage"),
            ("The council spent €2.3 million on the new bridge.", "a sum of money"),
            ("Nearly 45 tonnes of the pesticide were sold that year.", "a hedged figure"),
            ("The hospital treated 140 patients over the weekend.", "a count of 10 or more"),
            ("The storm left four dead and two injured near the village.", "a toll"),
            ("Seven protesters were arrested outside the embassy.", "a count that opens its sentence"),
            ("Une trentaine de pesticides sont encore analysés.", "a hedged figure"),
        ])
    func consequential(_ paragraph: String, reason: String) throws {
        let finding = try #require(unsourced(paragraph).first)
        #expect(finding.message.contains("(\(reason))"), "\(finding.message)")
    }

    @Test(
        "Incidental: dates, durations, ages, small counts in passing, quoted words, footnotes, market prices, titles, hypotheses",
        arguments: [
            "The company was founded in 1998 by two brothers.",
            "The talks lasted for five years before the deal was signed.",
            "Parise, 35, had scored just once before the break.",
            "The leaders of the three parties met for the debate.",
            "“We need 400 more nurses right now,” the director told staff.",
            "(1) Auteure de plusieurs ouvrages parus en 2016 chez 17 éditeurs.",
            "U.S. crude fell 3.38% to $55.12 per barrel on Monday.",
            "Cette jeune fille de 20 ans étudie les lettres à Saint-Denis.",
            "My Top 10 Women Talking Sports",
            "The best option would cost about $2,000 a month for the family.",
            "One thing not in dispute: the mayor's days above the fray are over.",
            "The site said it only listed the lamp for a third-party seller.",
            "La facture pourrait atteindre 3 millions d'euros l'an prochain.",
        ])
    func incidental(_ paragraph: String) {
        #expect(unsourced(paragraph).isEmpty, "\(unsourced(paragraph).map(\.message))")
    }

    @Test("Page structure is no claim to source: a list item")
    func pageStructure() {
        let text = "# T\n\nIntro line.\n\n- The hospital treated 140 patients over the weekend.\n"
        let document = MarkdownReader.read(text, path: "d.md")
        #expect(document.paragraphs.contains { $0.kind == .listItem })
        let findings = ClaimChecker().check(document, fileText: text).findings
        #expect(!findings.contains { $0.rule == .unsourcedFigure })
    }
}
