import ClaimCheck
import Testing

/// Dates that tell a passage's period from the claim's: a period that starts at a date
/// ("since 1998", "depuis 1998") is not contradicted by another start, a passage whose figures
/// are none of the claim's reports another study or period, and a figure that agrees in a
/// passage dated otherwise does not support.
@Suite struct MatchPeriodTests {
    func best(_ claim: String, _ passage: String, language: String = "en") throws -> PassageMatch {
        let document = MatchFixtures.document("report", language: language, paragraphs: [passage])
        let matcher = MatchFixtures.matcher([document])
        return try #require(matcher.matches(for: MatchQuery(text: claim, language: .english), in: nil, limit: 3).first)
    }

    @Test(arguments: [
        ("The river has not flooded the valley since 1998.", "The river has not flooded the valley since 1975.", "en"),
        ("Wages have stagnated since the early 2000s in the region.", "Wages have stagnated in the region since 1985.", "en"),
        ("The river has not flooded the valley since 1998.", "La rivière n'a pas inondé la vallée depuis 1975.", "fr"),
        ("The river has not flooded the valley since 1998.", "La rivière n'a pas inondé la vallée depuis les années 1970.", "fr"),
    ])
    func anotherStartIsAnotherPeriod(claim: String, passage: String, language: String) throws {
        let match = try best(claim, passage, language: language)
        #expect(match.agreement != .conflicts)
    }

    @Test func theSameSentenceWithAYearAndNoSinceConflicts() throws {
        let match = try best("The river flooded the valley in 1998.", "The river flooded the valley in 1975.")
        #expect(match.agreement == .conflicts)
    }

    @Test func aPassageWithOtherFiguresReportsAnotherStudy() throws {
        let match = try best(
            "The council approved 40 new schools for the district in 2019.",
            "In 2016, the council approved 12 new hospitals for the district.")
        #expect(match.agreement != .conflicts)
        #expect(match.reasons.contains { $0.contains("the passage's figures are not the claim's") })
    }

    @Test func aPassageWithTheDateOnlyStillConflicts() throws {
        let match = try best(
            "The council approved 40 new schools for the district in 2019.",
            "In 2016, the council approved new schools for the district.")
        #expect(match.agreement == .conflicts)
    }

    @Test func anAgreeingFigureOfAnotherPeriodDoesNotSupport() throws {
        let match = try best("The town has counted 3 floods since 2010.", "The town has counted 3 floods since 1950.")
        #expect(match.agreement == .related)
        #expect(match.reasons.contains { $0.hasPrefix("another period") })
    }

    @Test func anAgreeingFigureOfTheSamePeriodSupports() throws {
        let match = try best("The town has counted 3 floods since 2010.", "Since 2010, the town has counted 3 floods.")
        #expect(match.agreement == .supports)
    }
}
