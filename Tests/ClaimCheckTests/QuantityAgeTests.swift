import ClaimCheckHTML
import Testing

@testable import ClaimCheck

/// A person's age is its own thing, not a duration: "73 years old" is never the same quantity
/// as a term of "three to five years".
@Suite("Quantity frame: ages")
struct QuantityAgeTests {
    /// The things the frames of a sentence's figures count.
    static func things(_ sentence: String, language: String) -> [String?] {
        let document = Document(
            path: "age.txt", format: .text, encoding: "utf-8", metadata: Metadata(language: language),
            paragraphs: [Paragraph(text: sentence, line: 1, offset: 0)], links: [])
        return ClaimChecker().check(document).claims.flatMap { QuantityFrame.frames(of: $0) }.map(\.thing)
    }

    @Test("An age counts an age", arguments: [
        ("The senator, 73 years old, was elected to the committee.", "en"),
        ("Aged 62, the director was appointed to run the agency.", "en"),
        ("Âgée de 34 ans, la juge a été nommée à la cour.", "fr"),
    ])
    func age(sentence: String, language: String) {
        #expect(Self.things(sentence, language: language) == ["age"])
    }

    @Test("A duration in years stays a duration", arguments: [
        ("Members are elected to the committee for 5 years.", "en"),
        ("La juge a été nommée à la cour pour 9 ans.", "fr"),
    ])
    func duration(sentence: String, language: String) {
        #expect(Self.things(sentence, language: language).first??.hasPrefix("age") == false)
    }
}
