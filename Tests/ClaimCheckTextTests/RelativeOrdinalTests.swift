import Testing

@testable import ClaimCheckText

/// Ranks relative to the current or last item are numbers-view spans with a
/// `relativeOrdinal` and nothing else; they are never figures.
@Test(arguments: [
    ("the next page", Language.english, "next", "current+1"), ("the previous one", .english, "previous one", "current-1"),
    ("the last chapter", .english, "last", "end+0"), ("the penultimate round", .english, "penultimate", "end-1"),
    ("the second to last race", .english, "second to last", "end-1"),
    ("the one before the last one", .english, "the one before the last one", "end-1"),
    ("la page suivante", .french, "suivante", "current+1"), ("le dernier tour", .french, "dernier", "end+0"),
    ("l'avant-dernière étape", .french, "l'avant-dernière", "end-1"),
    ("les précédents", .french, "précédents", "current-1"),
])
func relativeOrdinal(_ text: String, _ language: Language, _ span: String, _ rank: String) {
    let extractor = FigureExtractor(language: language)
    let spans = extractor.numbers(in: text)
    #expect(spans.count == 1)
    #expect(spans.first?.text == span && spans.first?.relativeOrdinal == rank)
    #expect(spans.first?.number == nil && spans.first?.ordinal == nil)
    #expect(extractor.figures(in: text).isEmpty)
}
