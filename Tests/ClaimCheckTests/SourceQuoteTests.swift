import ClaimCheck
import Testing

@Suite struct SourceQuoteTests {
    static let store = SourceStore(documents: [
        MatchFixtures.document(
            "q", language: "fr",
            paragraphs: [
                "L’ambassade a dénoncé « une décision provocatrice et infondée » et a promis de répondre.",
                "Le ministre a déclaré : \"Nous ne céderons pas.\"",
            ])
    ])

    @Test(arguments: [
        "une décision provocatrice et infondée",
        "“Une décision provocatrice et infondée”",
        "«une décision  provocatrice\net infondée»",
        "UNE DECISION PROVOCATRICE ET INFONDEE",
        "l'ambassade a dénoncé",
        "une décision … infondée",
        "une décision... et a promis de répondre",
        "L’ambassade a dénoncé […] et a promis de répondre",
        "nous ne céderons pas",
        "et a promis de répondre. Le ministre",
    ])
    func found(quote: String) {
        #expect(Self.store.contains(quote: quote, inSource: 0))
    }

    @Test(arguments: [
        "une décision provocante et infondée",
        "infondée … une décision",
        "une déci",
        "",
        "…",
    ])
    func notFound(quote: String) {
        #expect(!Self.store.contains(quote: quote, inSource: 0))
    }

    @Test func anUnknownSourceHoldsNoQuote() {
        #expect(!Self.store.contains(quote: "une décision", inSource: 7))
    }
}
