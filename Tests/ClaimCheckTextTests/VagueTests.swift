import Testing

@testable import ClaimCheckText

/// Vague quantities and their documented intervals.
@Test(arguments: [
    FigureCase("several Russian correspondents", .vague, 3, 9),
    FigureCase("a few diplomats", .vague, 2, 9),
    FigureCase("a handful of spies", .vague, 2, 9),
    FigureCase("many people", .vague, 10, nil),
    FigureCase("numerous agents", .vague, 10, nil),
    FigureCase("dozens of spies", .vague, 24, 99),
    FigureCase("hundreds of people", .vague, 200, 999),
    FigureCase("thousands of people", .vague, 2000, 9999),
    FigureCase("tens of thousands of people", .vague, 20000, 99999),
    FigureCase("hundreds of thousands of people", .vague, 200_000, 999_999),
    FigureCase("millions of people", .vague, 2_000_000, 999_999_999),
])
func englishVague(_ c: FigureCase) {
    #expect(c.check(.english))
}

@Test(arguments: [
    FigureCase("plusieurs correspondants", .vague, 3, 9),
    FigureCase("quelques diplomates", .vague, 2, 9),
    FigureCase("des dizaines d'espions", .vague, 20, 99),
    FigureCase("des centaines de personnes", .vague, 200, 999),
    FigureCase("des milliers de personnes", .vague, 2000, 9999),
    FigureCase("des dizaines de milliers de manifestants", .vague, 20000, 99999),
    FigureCase("de nombreux agents", .vague, 10, nil),
    FigureCase("une poignée de militants", .vague, 2, 9),
    FigureCase("plusieurs centaines de soldats", .vague, 200, 999),
])
func frenchVague(_ c: FigureCase) {
    #expect(c.check(.french))
}

@Test func howManyIsAQuestionNotAFigure() {
    #expect(FigureExtractor(language: .english).figures(in: "How many Russian spies has France expelled?").isEmpty)
}
