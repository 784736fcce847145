import ClaimCheck
import Testing

/// Which figures count the same thing, and how relevance gates conflicts.
@Suite struct MatchQuantityTests {
    func best(_ claim: String, _ paragraphs: [String], language: String = "en", publisher: String? = nil) throws -> PassageMatch {
        let document = MatchFixtures.document("s", language: language, paragraphs: paragraphs, publisher: publisher)
        return try #require(
            MatchFixtures.matcher([document]).matches(for: MatchQuery(text: claim, language: .english), in: nil, limit: 1).first)
    }

    @Test func aReportingVerbDoesNotHideWhatIsCounted() throws {
        let match = try best(
            "More than 200 people were arrested on Saturday.",
            ["Police said 84 people were arrested on Saturday after the march.", "The weather was mild."])
        #expect(match.agreement == .conflicts)
        #expect(match.reasons.contains("figure More than 200 ≠ 84"))
    }

    @Test func aVerbMeetsItsNounAcrossLanguages() throws {
        // "people died" counts deaths, as "morts" does.
        let match = try best(
            "Three people died in the flood on 15 March 2023.",
            ["La crue du 15 mars 2023 a fait trois morts.", "Les écoles restent fermées."], language: "fr")
        #expect(match.figures.map(\.comparison) == [.agree])
        #expect(match.agreement == .supports)
    }

    @Test func theSameNounWithAnotherVerbCanSupportButNotConflict() throws {
        let paragraphs = ["About 6,500 homes across the county were left without power on Sunday.", "Schools stayed open."]
        let agreeing = try best("The storm cut power to 6,500 homes across the county.", paragraphs)
        #expect(agreeing.agreement == .supports)
        #expect(agreeing.figures.first?.predicatesMatch == false)
        let differing = try best("The storm cut power to 9,000 homes across the county.", paragraphs)
        #expect(differing.agreement == .related)
    }

    @Test func anotherYearInALooselyRelatedPassageIsNoConflict() throws {
        let match = try best(
            "The transit authority carried 41 million passengers in 2023.",
            [
                "The authority's 2024 budget of $1.3 billion was approved by the board.",
                "Ferries ran late.", "Trams were repainted.",
            ])
        #expect(match.agreement != .conflicts)
    }

    @Test func aClearlyRelevantPassageWithAnotherMonthConflicts() throws {
        let match = try best(
            "The transit authority opened the northern tram line in May 2023.",
            ["The transit authority opened the northern tram line in June 2023.", "Ferries ran late."])
        #expect(match.agreement == .conflicts)
        #expect(match.dates.map(\.comparison) == [.conflict])
    }

    @Test func theSourcesOwnNameCountsAsFoundInItsPassages() throws {
        let paragraphs = ["Les services ont identifié 35 diplomates russes.", "La décision a été saluée."]
        let claim = "The Interior Ministry said 35 Russian diplomats were identified."
        let named = try best(claim, paragraphs, language: "fr", publisher: "Ministère de l'Intérieur")
        let anonymous = try best(claim, paragraphs, language: "fr")
        #expect(named.coverage > anonymous.coverage)
        #expect(named.agreement == .supports)
    }
}

@Suite struct MatchNameTests {
    @Test func aNameAndADateAgreeingSupportDespiteFewSharedWords() throws {
        let document = MatchFixtures.document(
            "s", language: "fr",
            paragraphs: [
                "Valentin Zakharov a été expulsé en novembre 2020, après avoir été surpris avec un informateur.",
                "Les autorités n'ont pas réagi.", "Le restaurant a fermé.",
            ])
        let matcher = MatchFixtures.matcher([document])
        let claim = "Valentin Zakharov was expelled in November 2020 after being exposed while paying a young engineer cash."
        let match = try #require(matcher.matches(for: MatchQuery(text: claim, language: .english), in: nil, limit: 1).first)
        #expect(match.coverage < 0.5)
        #expect(match.agreement == .supports)
        #expect(match.reasons.contains("names: zakharov"))  // "Valentin" opens the sentence: not known as a name
    }

    @Test func daysOfTheWeekAreVocabularyNotNames() {
        #expect(BilingualLexicon.builtIn.concept(of: "Saturday", language: .english) == "saturday")
        #expect(BilingualLexicon.builtIn.concept(of: "samedi", language: .french) == "saturday")
    }
}

@Suite struct MatchParagraphTests {
    func coverage(_ paragraphs: [String]) throws -> Double {
        let document = MatchFixtures.document("s", language: "fr", paragraphs: paragraphs + ["La mairie a fermé.", "Il pleut."])
        let claim = MatchQuery(text: "The centre could serve as a cover for espionage activities.", language: .english)
        let match = try #require(MatchFixtures.matcher([document]).matches(for: claim, in: nil, limit: 1).first)
        #expect(match.passage.text.contains("couverture"))
        return match.coverage
    }

    @Test func wordsElsewhereInTheParagraphCountForPart() throws {
        let together = try coverage([
            "Ce centre est rattaché à l'ambassade. Ses locaux sont inviolables. Rien n'interdit qu'il serve de couverture à des activités d'espionnage."
        ])
        let apart = try coverage([
            "Ce centre est rattaché à l'ambassade.",
            "Ses locaux sont inviolables. Rien n'interdit qu'il serve de couverture à des activités d'espionnage.",
        ])
        #expect(together > apart)
        #expect(together < 1)
    }
}
