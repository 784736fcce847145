/// A sentence and where it sits in the text it was split from.
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence, whitespace trimmed.
    public var text: String
    /// Unicode scalar offset of the first scalar in the paragraph or text.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    /// A sentence from its parts.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
