import Testing

@testable import ClaimCheckText

@Test(arguments: [
    "COVID-19 cases rose.", "The G7 summit opened.", "No. 10 said so.", "The #5 pick.", "SCP-173 escaped.",
])
func labelsAreNotFigures(_ text: String) {
    #expect(FigureExtractor(language: .english).figures(in: text).isEmpty)
}

@Test func decadesArePeriods() throws {
    let d = try #require(FigureExtractor(language: .english).dates(in: "In the 1990s, prices fell.").first)
    #expect(d.kind == .period && d.firstDay?.description == "1990-01-01" && d.lastDay?.description == "1999-12-31")
}
