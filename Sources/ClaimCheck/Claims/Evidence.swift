/// A source passage linked to a claim, with how it bears on the claim.
public struct Evidence: Sendable {
    /// The source file's path.
    public var source: String
    /// The source's canonical URL or URL.
    public var url: String?
    /// The source's publisher.
    public var publisher: String?
    /// The passage's text.
    public var excerpt: String
    /// The passage's line in the source file.
    public var line: Int
    /// Retrieval score, 0…1.
    public var score: Double
    /// How the passage bears on the claim.
    public var agreement: Agreement
    /// Why: matched terms, figures and dates compared.
    public var reasons: [String]
    /// Whether the passage comes from a source the claim cites.
    public var cited: Bool
    /// The claim's figure or date and the passage's, when they were compared.
    public var comparisons: [Comparison]
    /// The index terms claim and passage share, as a person reads them ("expel", "35",
    /// "2022-10"); the HTML report marks the excerpt's words that carry them.
    public var terms: [String]

    /// A claim figure or date set against the passage's.
    public struct Comparison: Sendable, Hashable {
        /// The claim's figure or date as written.
        public var claim: String
        /// The passage's figure or date as written.
        public var passage: String
        /// agree, conflict or differentlyHedged.
        public var outcome: String
    }

    /// Creates evidence.
    public init(
        source: String, url: String?, publisher: String?, excerpt: String, line: Int, score: Double,
        agreement: Agreement, reasons: [String] = [], cited: Bool, comparisons: [Comparison] = [], terms: [String] = []
    ) {
        self.source = source
        self.url = url
        self.publisher = publisher
        self.excerpt = excerpt
        self.line = line
        self.score = score
        self.agreement = agreement
        self.reasons = reasons
        self.cited = cited
        self.comparisons = comparisons
        self.terms = terms
    }
}
