import Testing

@testable import ClaimCheckText

/// "N in M" / "N sur M" with N < M is one ratio N/M that counts the noun after it; a larger
/// part ("8 in 5"), a year ("2 in 2019") or a span of time ("2 in 10 days") is not a ratio.
enum Ratio {
    static let parts = [("1", 1.0), ("one", 1), ("2", 2), ("three", 3)]
    static let wholes = [("5", 5.0), ("ten", 10), ("20", 20), ("100", 100)]
    static let english: [FigureCase] = parts.flatMap { p in
        wholes.map { w in FigureCase("\(p.0) in \(w.0) adults smoke", .exact, p.1 / w.1, p.1 / w.1) }
    }
    static let frenchParts = [("1", 1.0), ("deux", 2), ("3", 3)]
    static let french: [FigureCase] = frenchParts.flatMap { p in
        wholes.filter { $0.0 != "ten" && $0.0 != "one" }.map { w in
            FigureCase("\(p.0) sur \(w.0) électeurs", .exact, p.1 / w.1, p.1 / w.1)
        }
    }
}

@Test(arguments: Ratio.english)
func englishRatio(_ c: FigureCase) {
    #expect(c.check(.english))
    #expect(FigureExtractor(language: .english).figures(in: c.text).first?.head == "adult")
}

@Test(arguments: Ratio.french)
func frenchRatio(_ c: FigureCase) {
    #expect(c.check(.french))
}

@Test(arguments: ["The result is 8 in 5", "it rose 2 in 2019", "2 in 10 days"])
func notARatio(_ text: String) {
    #expect(FigureExtractor(language: .english).numbers(in: text).count == 2)
}
