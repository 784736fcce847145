import Testing

@testable import ClaimCheck

/// A sentence over `LongSentences.limit` characters is checked as parts, with a notice; the
/// parts cover the sentence and cut at clause breaks, not inside figures.
@Suite("Claims: sentences over the length limit")
struct LongSentenceTests {
    /// One sentence of about `characters` characters: clauses joined by ", ", each with a figure.
    private func giantSentence(characters: Int) -> String {
        var clauses: [String] = []
        var size = 0
        var number = 0
        while size < characters {
            number += 1
            let clause = "the ministry counted \(number) expelled diplomats in region \(number)"
            clauses.append(clause)
            size += clause.count + 2
        }
        return "According to Le Monde, " + clauses.joined(separator: ", ") + "."
    }

    @Test("A sentence within the limit is one piece, unchanged")
    func withinLimit() {
        let sentence = giantSentence(characters: 1_000)
        #expect(LongSentences.pieces(of: sentence) == [sentence])
    }

    @Test("A longer sentence is cut at clause breaks into pieces within the limit that keep every word")
    func cutAtClauseBreaks() {
        let sentence = giantSentence(characters: 23_000)
        let pieces = LongSentences.pieces(of: sentence)
        #expect(pieces.count == 5)
        #expect(pieces.allSatisfy { $0.count <= LongSentences.limit && $0.count > LongSentences.limit / 2 || $0 == pieces.last })
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix(",") })
        #expect(pieces.joined(separator: " ").split(separator: " ") == sentence.split(separator: " "))
    }

    @Test("Without any space the sentence is cut at the limit itself")
    func noSpaces() {
        let pieces = LongSentences.pieces(of: String(repeating: "é", count: 12_001))
        #expect(pieces.map(\.count) == [5_000, 5_000, 2_001])
    }

    @Test("The check reports the split as a notice on the sentence's line, and finds the figures of every part")
    func noticeAndClaims() {
        let sentence = giantSentence(characters: 12_000)
        let text = "Title line.\n\n" + sentence + "\n"
        let result = ClaimChecker().check(PlainTextReader.read(text, path: "draft.txt"), fileText: text)
        #expect(result.notices.count == 1)
        #expect(result.notices.first?.line == 3)
        #expect(result.notices.first?.message.contains("over the 5000-character limit") == true)
        #expect(result.claims.count == 3)
        let figures = result.claims.flatMap(\.figures).filter { $0.noun?.contains("diplomat") == true }
        #expect(figures.count == sentence.components(separatedBy: "expelled diplomats").count - 1)
    }

    @Test("Blanking attributions from a query: each phrase's next occurrence, once per attribution")
    func withoutAttributions() {
        func attribution(_ text: String) -> Attribution {
            Attribution(text: text, kind: .specific, source: nil, publisher: nil, href: nil)
        }
        let sentence = "According to Le Monde, 35 left; according to Le Monde, 12 stayed, officials said."
        #expect(Citations.withoutAttributions(sentence, []) == sentence)
        #expect(
            Citations.withoutAttributions(sentence, [attribution("According to Le Monde"), attribution("officials said")])
                == " , 35 left; according to Le Monde, 12 stayed,  .")
        let twice = "Le Monde says 3, Le Monde says 4, Le Monde says 5."
        #expect(
            Citations.withoutAttributions(twice, [attribution("Le Monde says"), attribution("Le Monde says")])
                == "  3,   4, Le Monde says 5.")
        #expect(Citations.withoutAttributions("no such words", [attribution("absent")]) == "no such words")
    }
}
