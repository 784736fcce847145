import Testing

@testable import ClaimCheckText

struct NounCase: CustomTestStringConvertible, Sendable {
    let text: String
    let language: Language
    let index: Int
    let noun: String?
    let head: String?
    let predicate: String?
    var testDescription: String { text }
}

@Test(arguments: [
    NounCase(
        text: "The services have reportedly expelled up to fifty Russian spies, according to French media.",
        language: .english, index: 0, noun: "Russian spies", head: "spy", predicate: "expel"),
    NounCase(
        text: "The ministry reported that 35 Russian “diplomats” had been identified.", language: .english,
        index: 0, noun: "Russian diplomats", head: "diplomat", predicate: "identify"),
    NounCase(
        text: "Out of a total of 75 to 80 Russian spies, around 50 were ultimately expelled from France.",
        language: .english, index: 1, noun: "Russian spies", head: "spy", predicate: "expel"),
    NounCase(
        text: "Out of a total of 75 to 80 Russian spies, around 50 were ultimately expelled from France.",
        language: .english, index: 0, noun: "Russian spies", head: "spy", predicate: nil),
    NounCase(
        text: "Six agents russes ont été expulsés.", language: .french, index: 0, noun: "agents russes",
        head: "agent", predicate: "expel"),
    NounCase(
        text: "La France a expulsé une cinquantaine d'espions.", language: .french, index: 0, noun: "espions",
        head: "espion", predicate: "expel"),
    NounCase(
        text: "Police arrested 12 men.", language: .english, index: 0, noun: "men", head: "man", predicate: "arrest"),
])
func nounHeadPredicate(_ c: NounCase) throws {
    let figures = FigureExtractor(language: c.language).figures(in: c.text)
    try #require(figures.count > c.index)
    let f = figures[c.index]
    #expect(f.noun == c.noun)
    #expect(f.head == c.head)
    #expect(f.predicate == c.predicate)
}

@Test func oneOfThemIsNotACount() {
    #expect(FigureExtractor(language: .english).figures(in: "One of them had been hired.").isEmpty)
}

@Test func ordinalsAreNotCounts() {
    #expect(FigureExtractor(language: .english).figures(in: "There was a third portion.").isEmpty)
    #expect(FigureExtractor(language: .english).figures(in: "The 11th meeting.").isEmpty)
}
