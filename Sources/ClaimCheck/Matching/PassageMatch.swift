/// A source passage found for a claim, with its score, agreement and the reasons.
public struct PassageMatch: Sendable, Hashable {
    /// The source (`Source.id`).
    public var sourceID: Int
    /// The passage.
    public var passage: Passage
    /// 0…1: the passage's BM25 score relative to an average-length passage holding every query
    /// term once (capped at 1), blended with figure and date evidence; see `docs/matching.md`.
    public var score: Double
    /// Share (0…1) of the claim's content words, weighted by rarity, found in the passage.
    public var coverage: Double
    /// How the passage bears on the claim.
    public var agreement: Agreement
    /// The claim's figures paired with the passage's figures that measure the same thing.
    public var figures: [FigurePair]
    /// The claim's dates paired with the passage's dates.
    public var dates: [DatePair]
    /// The matched terms as a person reads them ("expel", "diplomat", "35", "2022-04").
    public var terms: [String]
    /// Short reasons: `terms: expel, diplomat`, `figure 35 = 35`, `date April 2022 = avril 2022`.
    public var reasons: [String]

    /// Creates a match.
    public init(
        sourceID: Int, passage: Passage, score: Double, coverage: Double, agreement: Agreement,
        figures: [FigurePair], dates: [DatePair], terms: [String], reasons: [String]
    ) {
        self.sourceID = sourceID
        self.passage = passage
        self.score = score
        self.coverage = coverage
        self.agreement = agreement
        self.figures = figures
        self.dates = dates
        self.terms = terms
        self.reasons = reasons
    }
}
