import ClaimCheck
import Testing

/// Dates that tell a passage's period from the claim's: a period that starts at a date
/// ("since 1998", "depuis 1998") is not contradicted by another start, a passage whose figures
/// are none of the claim's reports another study or period, a figure that agrees in a
/// passage dated otherwise does not support, and a weekday or a month without a year that
/// differs ("on Wednesday" / "mardi") is a date that conflicts.
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

    @Test(arguments: [
        ("About 12,000 households lost power on Wednesday after the storm.", "Quelque 12 000 foyers ont été privés d'électricité mardi après la tempête.", "fr"),
        ("In May, France expelled 35 Russian diplomats.", "En avril, la France a expulsé 35 diplomates russes.", "fr"),
        ("About 12,000 households lost power on Wednesday after the storm.", "About 12,000 households lost power on Tuesday after the storm.", "en"),
    ])
    func anotherWeekdayOrMonthConflicts(claim: String, passage: String, language: String) throws {
        let match = try best(claim, passage, language: language)
        #expect(match.agreement == .conflicts, "\(match.reasons)")
        #expect(match.dates.contains { $0.comparison == .conflict })
    }

    @Test func theSameWeekdaySupports() throws {
        let match = try best(
            "About 12,000 households lost power on Tuesday after the storm.",
            "Quelque 12 000 foyers ont été privés d'électricité mardi après la tempête.", language: "fr")
        #expect(match.agreement == .supports, "\(match.reasons)")
    }

    @Test func aWeekdayOfAPassageWithOtherFiguresIsAnotherDay() throws {
        let match = try best(
            "About 12,000 households lost power on Wednesday after the storm.",
            "On Tuesday, 300 workers restored power to households after the storm.")
        #expect(match.agreement != .conflicts, "\(match.reasons)")
    }
}
