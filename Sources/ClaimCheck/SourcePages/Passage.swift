import ClaimCheckText

/// A sentence of a source's main text (or two adjacent sentences), the unit a claim is
/// matched against, with the figures and dates it holds.
public struct Passage: Sendable, Hashable {
    /// The source the passage comes from (`Source.id`).
    public var sourceID: Int
    /// The passage's position in its source's `passages`.
    public var index: Int
    /// The text, as in the source (whitespace collapsed).
    public var text: String
    /// The 1-based line of the paragraph it comes from, in the source file.
    public var line: Int
    /// The paragraph's position in the source document's `paragraphs`.
    public var paragraph: Int
    /// The sentences of that paragraph the passage spans (one, or two for a window).
    public var sentences: Range<Int>
    /// The figures of the text; offsets are relative to `text`.
    public var figures: [Figure]
    /// The dates of the text; offsets are relative to `text`.
    public var dates: [DateMention]

    /// Creates a passage.
    public init(
        sourceID: Int, index: Int, text: String, line: Int, paragraph: Int, sentences: Range<Int>,
        figures: [Figure] = [], dates: [DateMention] = []
    ) {
        self.sourceID = sourceID
        self.index = index
        self.text = text
        self.line = line
        self.paragraph = paragraph
        self.sentences = sentences
        self.figures = figures
        self.dates = dates
    }

    /// Whether this passage shares a sentence with another of the same source.
    public func overlaps(_ other: Passage) -> Bool {
        sourceID == other.sourceID && paragraph == other.paragraph && sentences.overlaps(other.sentences)
    }
}
