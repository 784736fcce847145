import Testing

@testable import ClaimCheckText

/// A fraction or "and a half" before a scale multiplies the whole: N and F S = (N + F) × S,
/// F S = F × S, and "F of a S" the same ("seven and a half million", "three quarters of a
/// billion", "un demi-million", "sept millions et demi").
enum FractionBeforeScale {
    static let englishUnits = [("one", 1.0), ("two", 2), ("seven", 7), ("3", 3), ("12", 12)]
    static let englishFractions = [("a half", 0.5), ("a quarter", 0.25), ("three quarters", 0.75), ("a third", 1.0 / 3)]
    static let englishScales = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]

    /// "N and F S people".
    static let englishMixed: [FigureCase] = englishUnits.flatMap { u in
        englishFractions.flatMap { f in
            englishScales.map { s in
                let v = (u.1 + f.1) * s.1
                return FigureCase("\(u.0) and \(f.0) \(s.0) people", .exact, v, v)
            }
        }
    }

    /// "F of a S", "half a S", "F S".
    static let englishFractionOfScale: [FigureCase] = englishScales.flatMap { s in
        [
            FigureCase("three quarters of a \(s.0) dollars", .exact, 0.75 * s.1, 0.75 * s.1),
            FigureCase("a quarter of a \(s.0) people", .exact, 0.25 * s.1, 0.25 * s.1),
            FigureCase("two thirds of a \(s.0) voters", .exact, 2.0 / 3 * s.1, 2.0 / 3 * s.1),
            FigureCase("half a \(s.0) people", .exact, 0.5 * s.1, 0.5 * s.1),
            FigureCase("a half \(s.0) people", .exact, 0.5 * s.1, 0.5 * s.1),
        ]
    }

    static let frenchUnits = [("deux", 2.0), ("sept", 7), ("3", 3)]
    static let frenchScales = [("million", "millions", 1e6), ("milliard", "milliards", 1e9)]

    static let french: [FigureCase] = frenchScales.flatMap { s in
        [
            FigureCase("un demi-\(s.0) d'euros", .exact, 0.5 * s.2, 0.5 * s.2),
            FigureCase("un demi \(s.0) d'euros", .exact, 0.5 * s.2, 0.5 * s.2),
            FigureCase("trois quarts d'un \(s.0) d'euros", .exact, 0.75 * s.2, 0.75 * s.2),
            FigureCase("un tiers de \(s.0) d'euros", .exact, s.2 / 3, s.2 / 3),
        ]
            + frenchUnits.map { u in
                FigureCase("\(u.0) \(s.1) et demi de personnes", .exact, (u.1 + 0.5) * s.2, (u.1 + 0.5) * s.2)
            }
    }
}

@Test(arguments: FractionBeforeScale.englishMixed)
func englishMixedFractionBeforeScale(_ c: FigureCase) {
    #expect(c.check(.english))
}

@Test(arguments: FractionBeforeScale.englishFractionOfScale)
func englishFractionOfScale(_ c: FigureCase) {
    #expect(c.check(.english))
}

@Test(arguments: FractionBeforeScale.french)
func frenchFractionBeforeScale(_ c: FigureCase) {
    #expect(c.check(.french))
}

/// "a half century", "half hour", "un demi-siècle": a fraction modifying a singular noun
/// names a span and counts nothing; "half the voters" and "half of voters" still count.
@Test(arguments: ["a half century ago", "for half an hour", "a quarter century later", "a half hour"])
func englishFractionModifierIsNotACount(_ text: String) {
    #expect(FigureExtractor(language: .english).figures(in: text).allSatisfy { $0.value != 0.5 && $0.value != 0.25 })
}

@Test(arguments: ["un demi-siècle plus tard", "une demi-heure"])
func frenchFractionModifierIsNotACount(_ text: String) {
    #expect(FigureExtractor(language: .french).figures(in: text).isEmpty)
}

@Test(arguments: [
    FigureCase("half of voters", .exact, 0.5, 0.5), FigureCase("half the voters", .exact, 0.5, 0.5),
    FigureCase("a quarter of the staff", .exact, 0.25, 0.25),
])
func englishFractionOfAGroupCounts(_ c: FigureCase) {
    #expect(c.check(.english))
}
