import Testing

@testable import ClaimCheckText

/// A range of sums counts the currency: "€300–350", "between $5 and $10", "£1,000–£2,000"
/// (the sign may be repeated before the second bound), "entre 300 et 350 €".
@Test(arguments: [
    ("A professor receives €300–350 a month.", Language.english, 300.0, 350.0, "euro"),
    ("Tickets cost between $5 and $10.", .english, 5, 10, "dollar"),
    ("Rooms cost £1,000–£2,000 a week.", .english, 1000, 2000, "pound"),
    ("The fund raised from $5 to $10 million.", .english, 5e6, 1e7, "dollar"),
    ("Le loyer coûte entre 300 et 350 € par mois.", .french, 300, 350, "euro"),
])
func currencyRange(_ c: (String, Language, Double, Double, String)) throws {
    let figure = try #require(FigureExtractor(language: c.1).figures(in: c.0).first)
    #expect(figure.kind == .range && figure.low == c.2 && figure.high == c.3, "\(c.0)")
    #expect(figure.head == c.4, "\(c.0)")
}
