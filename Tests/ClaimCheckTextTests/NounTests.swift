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
    NounCase(
        text: "Some 3.5 million people live there.", language: .english, index: 0, noun: "people", head: "person",
        predicate: nil),
    NounCase(
        text: "About a third of respondents agreed.", language: .english, index: 0, noun: "respondents",
        head: "respondent", predicate: "agree"),
    NounCase(
        text: "Police arrested five suspects on Tuesday.", language: .english, index: 0, noun: "suspects",
        head: "suspect", predicate: "arrest"),
    NounCase(
        text: "It cost $700 billion.", language: .english, index: 0, noun: "dollar", head: "dollar", predicate: nil),
    NounCase(
        text: "L'entreprise prévoit de supprimer jusqu'à 1 500 emplois.", language: .french, index: 0,
        noun: "emplois", head: "emploi", predicate: "cut"),
    NounCase(
        text: "La police a interpellé cinq suspects mardi.", language: .french, index: 0, noun: "suspects",
        head: "suspect", predicate: "arrest"),
    NounCase(
        text: "3,5 millions de personnes y vivent.", language: .french, index: 0, noun: "personnes",
        head: "personne", predicate: "live"),
    NounCase(
        text: "Il a été condamné à 10 ans de prison.", language: .french, index: 0, noun: "ans", head: "an",
        predicate: "sentence"),
    // Reported speech without "that": the figure's own verb, not the reporting verb.
    NounCase(
        text: "Officials said eight cases had been diagnosed.", language: .english, index: 0, noun: "cases",
        head: "case", predicate: "diagnose"),
    NounCase(
        text: "Police said 12 men were arrested.", language: .english, index: 0, noun: "men", head: "man",
        predicate: "arrest"),
    // A share of a possessed count counts that count's noun.
    NounCase(
        text: "About a third of the city's 2 million residents left.", language: .english, index: 0, noun: "residents",
        head: "resident", predicate: "leave"),
    // A doubled consonant of the stem stays in a three-letter stem: "added" → "add".
    NounCase(
        text: "Lawmakers added 150 teachers.", language: .english, index: 0, noun: "teachers", head: "teacher",
        predicate: "add"),
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

@Test func ofThemTakesTheNounOfThePreviousSentence() {
    let f = FigureExtractor(language: .english).figures(
        in: "France expelled 50 Russian spies. 30 of them were diplomats.\n\n12 of them left.")
    #expect(f.map(\.head) == ["spy", "spy", nil])
}

/// A function word that starts a hyphenated compound or is an acronym among lower-case
/// words is part of the noun ("US-born babies", "300 US troops"); a headline in capitals is not.
@Test(arguments: [
    ("300 US-born babies", "US-born babies", "baby"), ("300 US troops", "US troops", "troop"),
    ("30 so-called experts", "so-called experts", "expert"),
])
func compoundNoun(_ text: String, _ noun: String, _ head: String) {
    let f = FigureExtractor(language: .english).figures(in: text).first
    #expect(f?.noun == noun && f?.head == head)
}
