import Testing

@testable import ClaimCheckText

/// After a sign word, "one"/"un" is the number, not a pronoun or an article.
@Test(arguments: [
    ("minus one", Language.english), ("negative one", .english), ("the value is minus one", .english),
    ("négatif un", .french), ("la valeur est négative une", .french),
])
func signedOneIsANumber(_ text: String, _ language: Language) {
    let figures = FigureExtractor(language: language).figures(in: text)
    #expect(figures.count == 1 && figures.first?.value == -1)
}
