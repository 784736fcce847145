import ClaimCheck
import Testing

@Suite struct MatchAgreementTests {
    static let french = MatchFixtures.document(
        "lemonde", language: "fr",
        paragraphs: [
            "La France a expulsé 35 diplomates russes en avril 2022.",
            "Le gouvernement a salué le travail des enquêteurs.",
        ])

    func best(_ claim: String, in documents: [Document] = [french]) throws -> PassageMatch {
        let matcher = MatchFixtures.matcher(documents)
        return try #require(matcher.matches(for: MatchQuery(text: claim, language: .english), in: nil, limit: 3).first)
    }

    @Test func anEnglishClaimFindsItsFrenchPassageAndIsSupported() throws {
        let match = try best("France expelled 35 Russian diplomats in April 2022")
        #expect(match.passage.text == "La France a expulsé 35 diplomates russes en avril 2022.")
        #expect(match.agreement == .supports)
        #expect(match.figures.map(\.comparison) == [.agree])
        #expect(match.dates.map(\.comparison) == [.agree])
        #expect(match.reasons.contains("figure 35 = 35"))
        #expect(match.reasons.first?.hasPrefix("terms: ") == true)
    }

    @Test func aDifferentCountOfTheSameThingConflicts() throws {
        let match = try best("France expelled 50 Russian diplomats in April 2022")
        #expect(match.agreement == .conflicts)
        #expect(match.figures.map(\.comparison) == [.conflict])
        #expect(match.reasons.contains("figure 50 ≠ 35"))
    }

    @Test func countsOfDifferentThingsDoNotConflict() throws {
        let spies = MatchFixtures.document(
            "other", language: "fr", paragraphs: ["La France a expulsé 50 espions russes en avril 2022."])
        let match = try best("France expelled 35 Russian diplomats in April 2022", in: [spies])
        #expect(match.agreement != .conflicts)
        #expect(match.figures.isEmpty)
    }

    @Test func aHedgedSourceFigureThatContainsTheClaimAgrees() throws {
        let spies = MatchFixtures.document(
            "other", language: "fr", paragraphs: ["Paris a expulsé une cinquantaine d'espions russes."])
        let match = try best("France expelled 50 Russian spies", in: [spies])
        #expect(match.agreement == .supports)
    }

    @Test func aDifferentMonthConflicts() throws {
        let match = try best("France expelled 35 Russian diplomats in March 2022")
        #expect(match.agreement == .conflicts)
        #expect(match.dates.map(\.comparison) == [.conflict])
    }

    @Test func aPassageWithoutTheFigureIsOnlyRelated() throws {
        let document = MatchFixtures.document(
            "x", language: "fr", paragraphs: ["La France a expulsé des diplomates russes, selon le gouvernement."])
        let match = try best("France expelled 35 Russian diplomats", in: [document])
        #expect(match.agreement == .related)
    }

    @Test func aClaimWithoutFiguresIsSupportedByStrongOverlap() throws {
        let document = MatchFixtures.document(
            "x", language: "en",
            paragraphs: [
                "The ambassador was summoned by the foreign ministry over the espionage case.",
                "Fishermen protested in the harbour.", "The festival opened with music.",
            ])
        let match = try best("The foreign ministry summoned the ambassador over the espionage case.", in: [document])
        #expect(match.agreement == .supports)
        let weak = try best("The ambassador was summoned after the concert.", in: [document])
        #expect(weak.agreement == .related)
    }

    @Test func aConflictNeedsARelevantPassage() {
        // Same head and predicate but nothing else in common: not returned, so no conflict.
        let document = MatchFixtures.document(
            "x", language: "en", paragraphs: ["Sweden expelled 3 diplomats over a fishing dispute in 1998."])
        let matcher = MatchFixtures.matcher([document])
        let found = matcher.matches(
            for: MatchQuery(text: "Canada expelled 20 diplomats after the cyber attack on its grid operators.", language: .english),
            in: nil, limit: 3)
        #expect(found.allSatisfy { $0.agreement != .conflicts })
    }
}

@Suite struct MatchAgreementHedgeTests {
    @Test func aDifferentlyHedgedFigureBesideADisjointOneIsNoConflict() throws {
        let document = MatchFixtures.document(
            "x", language: "fr", paragraphs: ["Sur 75 à 80 espions russes, une cinquantaine ont été expulsés de France."])
        let matcher = MatchFixtures.matcher([document])
        let match = try #require(
            matcher.matches(
                for: MatchQuery(text: "France expelled up to fifty Russian spies.", language: .english), in: nil, limit: 1
            ).first)
        #expect(match.agreement == .related)
        #expect(match.figures.contains { $0.comparison == .differentlyHedged })
        #expect(match.reasons.contains("figure up to fifty ~ une cinquantaine (hedged differently)"))
    }
}
