import Testing

@testable import ClaimCheckText

@Test func emptyText() {
    #expect(FigureExtractor(language: .english).figures(in: "").isEmpty)
    #expect(SentenceSplitter.sentences(in: "").isEmpty)
}

@Test func megabyteOfDigitsGivesNoInfiniteFigure() {
    let text = String(repeating: "9", count: 1_000_000)
    let figures = FigureExtractor(language: .english).figures(in: text)
    #expect(figures.allSatisfy { ($0.value ?? 0).isFinite })
}

@Test func longSentence() {
    let text = Array(repeating: "around 5 spies and", count: 10_000).joined(separator: " ")
    #expect(FigureExtractor(language: .english).figures(in: text).count == 10_000)
}

@Test func absurdNumbers() throws {
    let e = FigureExtractor(language: .french)
    #expect(e.figures(in: "10^400").isEmpty)
    let f = try #require(e.figures(in: "999 999 999 999 999 999 999 milliards").first)
    #expect(f.value?.isFinite == true)
}

@Test func listBulletIsNotAMinusSign() throws {
    let f = try #require(FigureExtractor(language: .english).figures(in: "- 50 spies were expelled").first)
    #expect(f.value == 50)
    #expect(FigureExtractor(language: .english).numbers(in: "-5 degrees").first?.number == -5)
}
