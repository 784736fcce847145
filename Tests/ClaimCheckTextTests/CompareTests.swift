import Testing

@testable import ClaimCheckText

struct CompareCase: CustomTestStringConvertible, Sendable {
    let a: String
    let b: String
    let expected: FigureComparison
    var testDescription: String { "\(a) vs \(b)" }
}

@Test(arguments: [
    CompareCase(a: "up to fifty spies", b: "around 50 spies", expected: .differentlyHedged),
    CompareCase(a: "1,400 people", b: "nearly 2,000 people", expected: .conflict),
    CompareCase(a: "1,400 people", b: "around 1,400 people", expected: .agree),
    CompareCase(a: "35 people", b: "at least 30 people", expected: .agree),
    CompareCase(a: "at most 30 people", b: "at least 30 people", expected: .differentlyHedged),
    CompareCase(a: "fewer than 30 people", b: "more than 30 people", expected: .conflict),
    CompareCase(a: "75 to 80 spies", b: "around 50 spies", expected: .conflict),
    CompareCase(a: "45 spies", b: "up to 50 spies", expected: .agree),
    CompareCase(a: "dozens of spies", b: "50 spies", expected: .agree),
    CompareCase(a: "35 spies", b: "50 spies", expected: .conflict),
])
func compare(_ c: CompareCase) throws {
    let e = FigureExtractor(language: .english)
    let a = try #require(e.figures(in: c.a).first)
    let b = try #require(e.figures(in: c.b).first)
    #expect(Figure.compare(a, b) == c.expected)
    #expect(Figure.compare(b, a) == c.expected)
}

@Test func toleranceIsConfigurable() throws {
    let f = try #require(FigureExtractor(language: .english, tolerance: 0.2).figures(in: "around 50").first)
    #expect(f.low == 40 && f.high == 60)
}
