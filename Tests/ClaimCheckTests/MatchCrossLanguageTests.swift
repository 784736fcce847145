import ClaimCheck
import Testing

@Suite struct MatchCrossLanguageTests {
    static let french = MatchFixtures.document(
        "fr", language: "fr",
        paragraphs: [
            "Sur le site Leboncoin, des recruteurs approchaient de jeunes diplômés aux profils à fort potentiel.",
            "Les agents ont été identifiés après une enquête sur le vol de technologies navales.",
            "Le musée a rouvert ses portes lundi.",
        ])

    func best(_ claim: String) throws -> PassageMatch {
        try #require(
            MatchFixtures.matcher([Self.french]).matches(for: MatchQuery(text: claim, language: .english), in: nil, limit: 1)
                .first)
    }

    @Test func cognatesCarryAcrossByCharacterTrigrams() throws {
        let match = try best("The agents were identified after an investigation into stolen naval technologies.")
        #expect(match.passage.text.hasPrefix("Les agents ont été identifiés"))
        #expect(match.terms.contains("naval"))
        #expect(match.agreement == .supports)
    }

    @Test func domainsCarryAcrossAsNames() throws {
        let match = try best("Recruiters approached young graduates with high-potential profiles on the Leboncoin.fr website.")
        #expect(match.passage.text.hasPrefix("Sur le site Leboncoin"))
        #expect(match.terms.contains("leboncoin"))
        #expect(match.terms.contains("potential"))
    }

    @Test func aFrenchClaimFindsItsEnglishPassage() throws {
        let english = MatchFixtures.document(
            "en", language: "en",
            paragraphs: [
                "Police said 84 people were arrested on Saturday after the march.", "The mayor thanked volunteers.",
            ])
        let matcher = MatchFixtures.matcher([english])
        let supported = try #require(
            matcher.matches(for: MatchQuery(text: "La police a arrêté 84 personnes samedi.", language: .french), in: nil, limit: 1)
                .first)
        #expect(supported.agreement == .supports)
        let contradicted = try #require(
            matcher.matches(for: MatchQuery(text: "La police a arrêté 200 personnes samedi.", language: .french), in: nil, limit: 1)
                .first)
        #expect(contradicted.agreement == .conflicts)
    }

    @Test func cognateSimilarityFavoursSharedBeginnings() {
        #expect(Cognates.similarity("diplomat", "diplomate") > 0.9)
        #expect(Cognates.similarity("potential", "potentiel") >= 0.7)
        #expect(Cognates.similarity("spy", "espion") < 0.5)
    }
}

@Suite struct MatchPercentageTests {
    @Test func percentagesMeetAcrossDecimalCommas() throws {
        let french = MatchFixtures.document(
            "fr", language: "fr",
            paragraphs: ["Le taux de chômage a atteint 7,5 % en mars 2023.", "Les exportations ont reculé de 12 %."])
        let matcher = MatchFixtures.matcher([french])
        let match = try #require(
            matcher.matches(for: MatchQuery(text: "Unemployment reached 7.5% in March 2023.", language: .english), in: nil, limit: 1)
                .first)
        #expect(match.passage.text.hasPrefix("Le taux de chômage"))
        #expect(match.terms.contains("%7.5"))
        #expect(match.agreement == .supports)
    }
}
