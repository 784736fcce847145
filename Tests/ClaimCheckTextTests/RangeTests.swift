import Testing

@testable import ClaimCheckText

/// Ranges are closed in both languages ("between 20 and 30" is [20, 30]).
@Test(arguments: [
    FigureCase("75 to 80 Russian spies", .range, 75, 80),
    FigureCase("75-80 Russian spies", .range, 75, 80),
    FigureCase("75–80 Russian spies", .range, 75, 80),
    FigureCase("between 75 and 80 spies", .range, 75, 80),
    FigureCase("from 75 to 80 spies", .range, 75, 80),
    FigureCase("1000 - 5000", .range, 1000, 5000),
    FigureCase("20 through 100", .range, 20, 100),
    FigureCase("20~100 apples", .range, 20, 100),
    FigureCase("3 to 5 million people", .range, 3_000_000, 5_000_000),
    FigureCase("between 1,200 and 1,500 people", .range, 1200, 1500),
    FigureCase("between twenty and thirty people", .range, 20, 30),
    FigureCase("10 to 20 %", .range, 10, 20),
    FigureCase("about 20 to 30 people", .range, 20, 30),
    FigureCase("between the tenth and the fifteenth", .range, 10, 15),
    FigureCase("more than 20 and less than 35", .range, 20, 35, false, false),
    FigureCase("larger than twenty and less or equal than thirty five", .range, 20, 35, false, true),
    FigureCase("above 1000 and below 1500", .range, 1000, 1500, false, false),
    FigureCase("from 2 to 3 billion dollars", .range, 2e9, 3e9),
    FigureCase("more than 5 but less than 10", .range, 5, 10, false, false),
    FigureCase("smaller than 20 and larger than 10", .range, 10, 20, false, false),
    FigureCase("at least 3 and at most 5", .range, 3, 5),
    FigureCase("between 5% and 10% of voters", .range, 5, 10),
    FigureCase("50-60 people", .range, 50, 60),
    FigureCase("from 1.5 to 2.5 million", .range, 1_500_000, 2_500_000),
])
func englishRange(_ c: FigureCase) {
    #expect(c.check(.english))
}

@Test(arguments: [
    FigureCase("de 75 à 80 espions", .range, 75, 80),
    FigureCase("entre 75 et 80 espions", .range, 75, 80),
    FigureCase("entre 20 et 30", .range, 20, 30),
    FigureCase("75 à 80 espions", .range, 75, 80),
    FigureCase("75-80 espions", .range, 75, 80),
    FigureCase("de 200 à 3000000", .range, 200, 3_000_000),
    FigureCase("entre -10 et 15", .range, -10, 15),
    FigureCase("entre le dixième et le quinzième", .range, 10, 15),
    FigureCase("de 3 à 5 millions d'euros", .range, 3_000_000, 5_000_000),
    FigureCase("supérieur à 100 et inférieur à 300", .range, 100, 300, false, false),
    FigureCase("supérieur à un quart et inférieur à la moitié", .range, 0.25, 0.5, false, false),
    FigureCase("entre vingt et trente personnes", .range, 20, 30),
    FigureCase("de 10 à 20 %", .range, 10, 20),
    FigureCase("plus de 5 mais moins de 10", .range, 5, 10, false, false),
    FigureCase("au moins 3 et au plus 5", .range, 3, 5),
    FigureCase("de cent à deux cents", .range, 100, 200),
    FigureCase("entre 1 200 et 1 500 personnes", .range, 1200, 1500),
    FigureCase("de 2 à 3 milliards d'euros", .range, 2e9, 3e9),
])
func frenchRange(_ c: FigureCase) {
    #expect(c.check(.french))
}
