import Testing

@testable import ClaimCheckText

/// Two bounds joined by and/but/et/mais are one range, whatever the numbers are written as:
/// fractions ("above a third and below a half") and four-digit numbers that a comparison
/// makes counts, not years ("supérieur à 1000 et inférieur à 1500").
enum BoundPair {
    static let englishFloors = [("above", false), ("more than", false), ("at least", true), ("greater than", false)]
    static let englishCeilings = [("below", false), ("less than", false), ("at most", true), ("under", false)]
    static let englishValues = [("a third", 1.0 / 3, "a half", 0.5), ("a quarter", 0.25, "three quarters", 0.75),
        ("1000", 1000, "1500", 1500), ("1200", 1200, "2000", 2000)]

    static let english: [FigureCase] = englishFloors.flatMap { f in
        englishCeilings.flatMap { c in
            englishValues.map { v in
                FigureCase("\(f.0) \(v.0) and \(c.0) \(v.2)", .range, v.1, v.3, f.1, c.1)
            }
        }
    }

    static let frenchFloors = [("supérieur à", false), ("plus de", false), ("au moins", true)]
    static let frenchCeilings = [("inférieur à", false), ("moins de", false), ("au plus", true)]
    static let frenchValues = [("1000", 1000.0, "1500", 1500.0), ("1800", 1800, "2000", 2000), ("20", 20, "35", 35)]

    static let french: [FigureCase] = frenchFloors.flatMap { f in
        frenchCeilings.flatMap { c in
            frenchValues.map { v in
                FigureCase("\(f.0) \(v.0) et \(c.0) \(v.2)", .range, v.1, v.3, f.1, c.1)
            }
        }
    }
}

@Test(arguments: BoundPair.english)
func englishBoundPair(_ c: FigureCase) {
    #expect(c.check(.english))
}

@Test(arguments: BoundPair.french)
func frenchBoundPair(_ c: FigureCase) {
    #expect(c.check(.french))
}

/// A comparison makes a four-digit number a count; a cue that opens the hedge keeps the year.
@Test(arguments: [
    ("supérieur à 1500", Language.french, false), ("inférieur à 2000", .french, false),
    ("greater than or equal to 1500", .english, false), ("à partir de 2015", .french, true),
    ("jusqu'à 2016", .french, true), ("in 2016", .english, true), ("depuis 2015", .french, true),
])
func comparisonMakesACount(_ text: String, _ language: Language, _ isYear: Bool) {
    let r = FigureExtractor(language: language).analyze(text)
    #expect(r.dates.contains { $0.kind == .year } == isYear)
    #expect(r.figures.isEmpty == isYear)
}
