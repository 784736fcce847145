import Testing

@testable import ClaimCheckText

struct NumberCase: CustomTestStringConvertible, Sendable {
    let text: String
    let language: Language
    let number: Double?
    let ordinal: Double?
    var testDescription: String { text }
}

@Test(arguments: [
    NumberCase(text: "one hundred and sixty-one", language: .english, number: 161, ordinal: nil),
    NumberCase(text: "twenty-one trillion three hundred", language: .english, number: 21_000_000_000_300, ordinal: nil),
    NumberCase(text: "three quarters", language: .english, number: 0.75, ordinal: nil),
    NumberCase(text: "one and a half", language: .english, number: 1.5, ordinal: nil),
    NumberCase(text: "1,674,200.5", language: .english, number: 1_674_200.5, ordinal: nil),
    NumberCase(text: "-12e-1", language: .english, number: -1.2, ordinal: nil),
    NumberCase(text: "1.3x10^6", language: .english, number: 1_300_000, ordinal: nil),
    NumberCase(text: "3/4", language: .english, number: 0.75, ordinal: nil),
    NumberCase(text: "twenty-fifth", language: .english, number: 4, ordinal: 25),
    NumberCase(text: "11th", language: .english, number: nil, ordinal: 11),
    NumberCase(text: "quatre-vingt-dix-neuf", language: .french, number: 99, ordinal: nil),
    NumberCase(text: "soixante et onze", language: .french, number: 71, ordinal: nil),
    NumberCase(text: "1 234 567,89", language: .french, number: 1_234_567.89, ordinal: nil),
    NumberCase(text: "4,8", language: .french, number: 4.8, ordinal: nil),
    NumberCase(text: "un tiers", language: .french, number: 1.0 / 3, ordinal: nil),
    NumberCase(text: "vingtième", language: .french, number: nil, ordinal: 20),
    NumberCase(text: "11e", language: .french, number: nil, ordinal: 11),
    NumberCase(text: "dix-huitième", language: .french, number: nil, ordinal: 18),
    NumberCase(text: "trois septièmes", language: .french, number: 3.0 / 7, ordinal: nil),
    NumberCase(text: "mille neuf cent quatre-vingt-quatre", language: .french, number: 1984, ordinal: nil),
    NumberCase(text: "deux milliards trois cents millions", language: .french, number: 2.3e9, ordinal: nil),
])
func numberReading(_ c: NumberCase) throws {
    let n = try #require(FigureExtractor(language: c.language).numbers(in: c.text).first)
    #expect(n.number.map { abs($0 - (c.number ?? .nan)) < 1e-9 * max(1, abs($0)) } ?? (c.number == nil))
    #expect(n.ordinal == c.ordinal)
}

@Test func measuresGluedToDigitsAreNotNumbers() {
    #expect(FigureExtractor(language: .english).numbers(in: "the 180ml liquid").isEmpty)
}
