import Testing

@testable import ClaimCheckText

/// "and" joins two numbers, not two parts of one, when the part after it climbs again to a
/// multiplier the first already used: "4 hundred and 5 hundred" is 400 and 500, while
/// "one hundred and five thousand" stays 105,000.
enum RepeatedMultiplier {
    typealias Word = (text: String, value: Double)
    typealias Case = (text: String, values: [Double])

    static func pairs(_ a: [Word], _ b: [Word], _ connector: String, _ scales: [Word]) -> [Case] {
        var out: [Case] = []
        for x in a {
            for y in b {
                for s in scales {
                    let text = "\(x.text) \(s.text) \(connector) \(y.text) \(s.text)"
                    out.append((text, [x.value * s.value, y.value * s.value]))
                }
            }
        }
        return out
    }

    static let englishLeft: [Word] = [("4", 4), ("two", 2), ("seven", 7)]
    static let englishRight: [Word] = [("5", 5), ("three", 3), ("nine", 9)]
    static let englishScales: [Word] = [("hundred", 100), ("thousand", 1000)]
    static let english: [Case] =
        pairs(englishLeft, englishRight, "and", englishScales) + [
            ("4 hundred and 5", [405]), ("one hundred and five thousand", [105_000]),
            ("one million and five thousand", [1_005_000]),
        ]

    static let frenchLeft: [Word] = [("4", 4), ("deux", 2)]
    static let frenchRight: [Word] = [("5", 5), ("trois", 3)]
    static let frenchScales: [Word] = [("cent", 100), ("mille", 1000)]
    static let french: [Case] = pairs(frenchLeft, frenchRight, "et", frenchScales)
}

@Test(arguments: RepeatedMultiplier.english)
func englishRepeatedMultiplier(_ c: RepeatedMultiplier.Case) {
    #expect(FigureExtractor(language: .english).numbers(in: c.text).compactMap(\.number) == c.values)
}

@Test(arguments: RepeatedMultiplier.french)
func frenchRepeatedMultiplier(_ c: RepeatedMultiplier.Case) {
    #expect(FigureExtractor(language: .french).numbers(in: c.text).compactMap(\.number) == c.values)
}
