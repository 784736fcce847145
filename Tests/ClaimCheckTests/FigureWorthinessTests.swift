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
            ("Nearly half of the town's residents lost power.", "a share"),
            ("So far, 191 of the 250 files have been made public.", "a count of 10 or more"),
            ("On Wednesday 14 people were arrested in the capital.", "a count of 10 or more"),
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
            // Issue 11, kinds found on real news pages (sentences written from the grammar).
            "The headphones are priced at $349 in the United States.",
            "Le coffret est vendu 49 euros en librairie.",
            "She pays $1,150 a month for a room near the station.",
            "Her pension brings in €1,400 a month, and she spends a third of that on rent.",
            "Officers may use 72 hour holds on suspects.",
            "Il a passé deux ans et demi en détention.",
            "Three regions voted against the plan: Alsace, Brittany and Normandy.",
            "Two hostages — a nurse and a teacher — were freed at dawn.",
            "The film entered the top 10 in its second week.",
            "Bitcoin was trading near $30,000 on Friday afternoon.",
            "Officials now want to lift the 25% levy on imported steel.",
            "The council tabled the 2025/2026 budget on Wednesday.",
            "The town was founded around 300 BC by traders.",
            "Erik Ten Hag’s team lost again.",
            "A Level 3 out of 5 risk of storms covers the valley.",
            "Save $40 if you order the bundle this week.",
            "The bundle is still $60 cheaper than the console alone.",
            "The engine makes 355 horsepower and 414 lb-ft of torque.",
            "He scored again early in the second half.",
            "Stir in ½ cup of sugar and bake.",
            "Four of the 12 jurors asked questions.",
            "The company treats patients in its more than 1,100 clinics.",
            "All five passengers were taken to hospital.",
            "The current $154,000 limit stays in place.",
            "The Apollo 10 crew met again in Houston.",
            "Seven questions for tonight's debate:",
            "I had a 90% success rate with the seeds.",
            "Add 4 oz of grated cheese and stir.",
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

    @Test("Paragraphs that each open with a short label make a list: a blotter's entries need no source each")
    func labelledEntries() {
        let entries = [
            "Jane R. Doe: theft of $1,200 from a parked car, released on bail.",
            "Carlos Mendes: driving at 95 mph in a 50 zone.",
            "Ann Lee: possession of 14 grams of cannabis.",
        ]
        let list = "# Police log\n\nThe week's arrests.\n\n" + entries.joined(separator: "\n\n") + "\n"
        let findings = ClaimChecker().check(MarkdownReader.read(list, path: "d.md"), fileText: list).findings
        #expect(!findings.contains { $0.rule == .unsourcedFigure }, "\(findings.map(\.message))")
        // Two such paragraphs are not yet a list: the same entries read as claims.
        let pair = "# Police log\n\nThe week's arrests.\n\n" + entries.prefix(2).joined(separator: "\n\n") + "\n"
        let pairFindings = ClaimChecker().check(MarkdownReader.read(pair, path: "d.md"), fileText: pair).findings
        #expect(pairFindings.contains { $0.rule == .unsourcedFigure })
    }
}
