import Testing

@testable import ClaimCheckText

/// One hand-written date case: the first date's kind and days.
struct DateCase: CustomTestStringConvertible, Sendable {
    let text: String
    let kind: DateMention.Kind
    let first: String?
    let last: String?
    init(_ text: String, _ kind: DateMention.Kind, _ first: String?, _ last: String?) {
        self.text = text
        self.kind = kind
        self.first = first
        self.last = last
    }
    var testDescription: String { text }

    func check(_ language: Language) -> Bool {
        guard let d = FigureExtractor(language: language).dates(in: text).first else { return false }
        return d.kind == kind && d.firstDay?.description == first && d.lastDay?.description == last
    }
}

@Test(arguments: [
    DateCase("He was expelled in November 2020.", .month, "2020-11-01", "2020-11-30"),
    DateCase("in October 2022, according to Le Monde", .month, "2022-10-01", "2022-10-31"),
    DateCase("on 24 February 2022", .day, "2022-02-24", "2022-02-24"),
    DateCase("on February 24, 2022", .day, "2022-02-24", "2022-02-24"),
    DateCase("on 2022-02-24", .day, "2022-02-24", "2022-02-24"),
    DateCase("in 2016", .year, "2016-01-01", "2016-12-31"),
    DateCase("in a 2016 interview with RFI", .year, "2016-01-01", "2016-12-31"),
    DateCase("since 2014", .year, "2014-01-01", "2014-12-31"),
    DateCase("in February 2024", .month, "2024-02-01", "2024-02-29"),
    DateCase("in February 2023", .month, "2023-02-01", "2023-02-28"),
    DateCase("on 1 March 2022", .day, "2022-03-01", "2022-03-01"),
    DateCase("on 02/24/2022", .day, "2022-02-24", "2022-02-24"),
    DateCase("in 1995-01", .month, "1995-01-01", "1995-01-31"),
    DateCase("a few days ago", .relative, nil, nil),
    DateCase("at the time", .relative, nil, nil),
    DateCase("three weeks ago", .relative, nil, nil),
    DateCase("last year", .relative, nil, nil),
    DateCase("recently", .relative, nil, nil),
])
func englishDate(_ c: DateCase) {
    #expect(c.check(.english))
}

@Test(arguments: [
    DateCase("expulsé en novembre 2020", .month, "2020-11-01", "2020-11-30"),
    DateCase("le 24 février 2022", .day, "2022-02-24", "2022-02-24"),
    DateCase("le 1er mars 2022", .day, "2022-03-01", "2022-03-01"),
    DateCase("le 17/05/2018", .day, "2018-05-17", "2018-05-17"),
    DateCase("en 2016", .year, "2016-01-01", "2016-12-31"),
    DateCase("depuis 2014", .year, "2014-01-01", "2014-12-31"),
    DateCase("en août 2021", .month, "2021-08-01", "2021-08-31"),
    DateCase("le 4 mai", .dayOfUnknownYear, nil, nil),
    DateCase("il y a quelques jours", .relative, nil, nil),
    DateCase("il y a trois semaines", .relative, nil, nil),
    DateCase("à l'époque", .relative, nil, nil),
    DateCase("l'an dernier", .relative, nil, nil),
    DateCase("récemment", .relative, nil, nil),
])
func frenchDate(_ c: DateCase) {
    #expect(c.check(.french))
}

@Test func yearsAreNotFigures() {
    let e = FigureExtractor(language: .english)
    #expect(e.figures(in: "In 2016, they left.").isEmpty)
    #expect(e.figures(in: "They hired 2000 workers.").first?.value == 2000)
}
