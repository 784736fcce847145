import ClaimCheck
import Testing

/// A counted noun written as one word in the claim ("beds", "stations") and as a multi-word
/// term in a source of the other language ("lits d'hôpital", "bureaux de vote"): the word that
/// heads the term names it. Sentences written for the rule, not taken from any page.
@Suite struct MatchPhraseHeadTests {
    func best(_ claim: String, language: Language = .english, _ passage: String, in passageLanguage: String) throws -> PassageMatch {
        let document = MatchFixtures.document("source", language: passageLanguage, paragraphs: [passage, "Le conseil a salué le travail des équipes."])
        let matcher = MatchFixtures.matcher([document])
        return try #require(matcher.matches(for: MatchQuery(text: claim, language: language), in: nil, limit: 3).first)
    }

    @Test(arguments: [
        ("The region has 4,200 beds.", "La région compte désormais 4 200 lits d'hôpital."),
        ("In June, 1,150 stations were open in the department.", "En juin, 1 150 bureaux de vote étaient ouverts dans le département."),
    ])
    func theHeadWordSupports(claim: String, passage: String) throws {
        let match = try best(claim, passage, in: "fr")
        #expect(match.agreement == .supports, "\(match.reasons)")
    }

    @Test(arguments: [
        ("The region has 4,800 beds.", "La région compte désormais 4 200 lits d'hôpital."),
        ("In June, 1,300 stations were open in the department.", "En juin, 1 150 bureaux de vote étaient ouverts dans le département."),
    ])
    func aDifferentCountOfTheTermConflicts(claim: String, passage: String) throws {
        let match = try best(claim, passage, in: "fr")
        #expect(match.agreement == .conflicts, "\(match.reasons)")
    }

    @Test func aFrenchHeadWordMeetsTheEnglishTerm() throws {
        let match = try best("La région compte 4 200 lits.", language: .french, "The region now has 4,200 hospital beds.", in: "en")
        #expect(match.agreement == .supports, "\(match.reasons)")
    }

    @Test func anotherThingWithTheSameWordsIsNotTheTerm() throws {
        let match = try best("The region has 4,800 beds.", "La région compte désormais 4 200 médecins.", in: "fr")
        #expect(match.agreement != .conflicts, "\(match.reasons)")
    }
}
