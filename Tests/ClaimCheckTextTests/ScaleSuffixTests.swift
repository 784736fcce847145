import Testing

@testable import ClaimCheckText

/// Scale letters glued to the number ("2mil", "3.5bn", "10k"), and in English text a decimal
/// comma before a scale ("1,5b", "2,3 million"); "1,500" stays one thousand five hundred.
enum ScaleSuffix {
    static let suffixes = [("k", 1e3), ("m", 1e6), ("mil", 1e6), ("mln", 1e6), ("mn", 1e6), ("bn", 1e9), ("b", 1e9)]
    static let numbers = [("2", 2.0), ("3.5", 3.5), ("1,5", 1.5), ("12", 12)]
    static let english: [FigureCase] = suffixes.flatMap { s in
        numbers.map { n in FigureCase("\(n.0)\(s.0) people", .exact, n.1 * s.1, n.1 * s.1) }
    }
}

@Test(arguments: ScaleSuffix.english)
func englishGluedScale(_ c: FigureCase) {
    #expect(c.check(.english))
}

@Test(arguments: [
    FigureCase("2,3 million people", .exact, 2_300_000, 2_300_000),
    FigureCase("1,500 people", .exact, 1500, 1500), FigureCase("1,50 people", .exact, 1, 1),
])
func englishCommaBeforeScale(_ c: FigureCase) {
    #expect(c.check(.english))
}

/// A scale joined by a hyphen, as a compound adjective writes it: "a $1.5-billion deal".
@Test(arguments: [
    FigureCase("a $1.5-billion deal", .exact, 1.5e9, 1.5e9),
    FigureCase("a $100-million, property-wide overhaul", .exact, 1e8, 1e8),
    FigureCase("a 20-million-euro contract", .exact, 2e7, 2e7),
    FigureCase("a 30-year-old man", .exact, 30, 30),
])
func englishHyphenatedScale(_ c: FigureCase) {
    #expect(c.check(.english))
}

@Test func frenchHyphenatedScale() {
    #expect(FigureCase("un projet à 2-milliards", .exact, 2e9, 2e9).check(.french))
}
