import Testing

@testable import ClaimCheckText

@Test(arguments: [
    "COVID-19 cases rose.", "The G7 summit opened.", "No. 10 said so.", "The #5 pick.", "SCP-173 escaped.",
])
func labelsAreNotFigures(_ text: String) {
    #expect(FigureExtractor(language: .english).figures(in: text).isEmpty)
}

/// A capitalised name before a bare integer is a version or label when no plural noun follows.
@Test(arguments: [
    "Score the Apple Watch Series 3 right now.", "Thunderbolt 3 is staying.", "Figure 5: the font sizes.",
    "Work on the Python 3 port began in 2015.", "The country avoided Level 5 last night.", "Part 2: the redecoration.",
])
func namesBeforeNumbersAreLabels(_ text: String) {
    #expect(FigureExtractor(language: .english).figures(in: text).isEmpty, "\(text)")
}

/// …but a count after a name or a verb still counts: a plural follows, or the first word is a verb.
@Test(arguments: [
    ("Turning 65 was associated with higher vaccination rates.", 65.0),
    ("Chelsea 3 goals clear at the top.", 3.0),
])
func countsAfterCapitalsStay(_ c: (String, Double)) {
    #expect(FigureExtractor(language: .english).figures(in: c.0).first?.value == c.1, "\(c.0)")
}

@Test func decadesArePeriods() throws {
    let d = try #require(FigureExtractor(language: .english).dates(in: "In the 1990s, prices fell.").first)
    #expect(d.kind == .period && d.firstDay?.description == "1990-01-01" && d.lastDay?.description == "1999-12-31")
}
