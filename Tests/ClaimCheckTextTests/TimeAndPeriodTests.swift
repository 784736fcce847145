import Testing

@testable import ClaimCheckText

@Test(arguments: ["They met at 5 p.m. on Monday.", "The train left at 10am.", "At 12:30 they left."])
func clockTimesAreNotFigures(_ text: String) {
    #expect(FigureExtractor(language: .english).figures(in: text).isEmpty)
}

@Test(arguments: ["Ils sont partis à 14h30.", "Il est arrivé à 9 heures."])
func frenchClockTimesAreNotFigures(_ text: String) {
    #expect(FigureExtractor(language: .french).figures(in: text).isEmpty)
}

@Test(arguments: [
    DateCase("From 2014 to 2016, prices rose.", .period, "2014-01-01", "2016-12-31"),
    DateCase("between 1990 and 1995", .period, "1990-01-01", "1995-12-31"),
    DateCase("during 2014-2016", .period, "2014-01-01", "2016-12-31"),
])
func englishPeriod(_ c: DateCase) {
    #expect(c.check(.english))
}

@Test func yearLikeRangeOfPeopleIsACount() {
    let f = FigureExtractor(language: .english).figures(in: "Some 1000-2000 people were there.")
    #expect(f.first?.kind == .range && f.first?.low == 1000 && f.first?.high == 2000)
}

@Test func percentageCountsTheNounAfterOf() {
    let f = FigureExtractor(language: .english).figures(in: "30% of voters left.")
    #expect(f.first?.isPercentage == true && f.first?.head == "voter" && f.first?.predicate == "leave")
}

@Test func subjectTakesTheVerbAfterIt() {
    let f = FigureExtractor(language: .english).figures(in: "Police located 40 people and 3 were arrested.")
    #expect(f.map(\.predicate) == ["locate", "arrest"])
}
