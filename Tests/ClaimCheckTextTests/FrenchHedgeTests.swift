import Testing

@testable import ClaimCheckText

/// French hedges, collective nouns ("une cinquantaine") and "près de" (read as nearly).
@Test(arguments: [
    FigureCase("35 diplomates ont été expulsés", .exact, 35, 35),
    FigureCase("trente-cinq diplomates", .exact, 35, 35),
    FigureCase("six agents russes", .exact, 6, 6),
    FigureCase("soixante-dix personnes", .exact, 70, 70),
    FigureCase("quatre-vingt-dix-neuf personnes", .exact, 99, 99),
    FigureCase("vingt et un pays", .exact, 21, 21),
    FigureCase("1 200 personnes", .exact, 1200, 1200),
    FigureCase("1.200 personnes", .exact, 1200, 1200),
    FigureCase("3,5 millions de personnes", .exact, 3_500_000, 3_500_000),
    FigureCase("deux mille deux cents personnes", .exact, 2200, 2200),
    FigureCase("2 milliards d'euros", .exact, 2e9, 2e9),
    FigureCase("exactement 40 personnes", .exact, 40, 40),
    FigureCase("environ 50 personnes", .approximate, 45, 55),
    FigureCase("quelque 300 personnes", .approximate, 270, 330),
    FigureCase("approximativement 1 000 personnes", .approximate, 900, 1100),
    FigureCase("une cinquantaine d'espions", .approximate, 45, 55),
    FigureCase("une dizaine de policiers", .approximate, 9, 11),
    FigureCase("une douzaine d'œufs", .approximate, 10.8, 13.2),
    FigureCase("une quinzaine de jours", .approximate, 13.5, 16.5),
    FigureCase("une vingtaine de personnes", .approximate, 18, 22),
    FigureCase("une trentaine de manifestants", .approximate, 27, 33),
    FigureCase("une quarantaine de députés", .approximate, 36, 44),
    FigureCase("une soixantaine de victimes", .approximate, 54, 66),
    FigureCase("une centaine de soldats", .approximate, 90, 110),
    FigureCase("un millier de manifestants", .approximate, 900, 1100),
    FigureCase("à peu près 20 personnes", .approximate, 18, 22),
    FigureCase("autour de 80 personnes", .approximate, 72, 88),
    FigureCase("il en reste 50 environ", .approximate, 45, 55),
    FigureCase("près de 1 200 agents", .nearly, 1080, 1200),
    FigureCase("près de 50 espions", .nearly, 45, 50),
    FigureCase("presque 100 personnes", .nearly, 90, 100),
    FigureCase("pas loin de 200 personnes", .nearly, 180, 200),
    FigureCase("quasiment 40 personnes", .nearly, 36, 40),
    FigureCase("jusqu'à 50 espions", .atMost, nil, 50),
    FigureCase("jusqu’à 700 salariés", .atMost, nil, 700),
    FigureCase("au plus 30 personnes", .atMost, nil, 30),
    FigureCase("au maximum 30 personnes", .atMost, nil, 30),
    FigureCase("pas plus de 12 personnes", .atMost, nil, 12),
    FigureCase("moins de 30 personnes", .atMost, nil, 30, false, false),
    FigureCase("moins d'un millier de pandas", .atMost, nil, 1000, false, false),
    FigureCase("inférieur à 170", .atMost, nil, 170, false, false),
    FigureCase("inférieure ou égale à 100", .atMost, nil, 100),
    FigureCase("égal à 5000 ou moins", .atMost, nil, 5000),
    FigureCase("au moins 30 personnes", .atLeast, 30, nil),
    FigureCase("Au moins 35 diplomates", .atLeast, 35, nil),
    FigureCase("pas moins de 30 personnes", .atLeast, 30, nil),
    FigureCase("plus de 30 personnes", .atLeast, 30, nil, false),
    FigureCase("plus d'un million de personnes", .atLeast, 1_000_000, nil, false),
    FigureCase("au-delà de 40 personnes", .atLeast, 40, nil, false),
    FigureCase("supérieur à 3000", .atLeast, 3000, nil, false),
    FigureCase("supérieures ou égales à 50", .atLeast, 50, nil),
    FigureCase("500 ou plus", .atLeast, 500, nil),
    FigureCase("plus de la moitié des gens", .atLeast, 0.5, nil, false),
    FigureCase("a dépassé 150", .atLeast, 150, nil, false),
    FigureCase("12,5 % des voix", .exact, 12.5, 12.5),
    FigureCase("plus de 12,5 % des voix", .atLeast, 12.5, nil, false),
])
func frenchHedge(_ c: FigureCase) {
    #expect(c.check(.french))
}

@Test func postfixHedgeAfterTheNoun() {
    withKnownIssue("a postfix hedge is only read right after the number, not after its noun") {
        #expect(FigureCase("50 personnes environ", .approximate, 45, 55).check(.french))
    }
}
