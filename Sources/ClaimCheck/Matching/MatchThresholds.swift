/// The named thresholds of matching and agreement (documented in `docs/matching.md`).
public struct MatchThresholds: Sendable, Hashable {
    /// Least coverage for a passage to be returned at all (`.related`).
    public var related: Double = 0.25
    /// Least coverage for a figure or date conflict to count (`.conflicts`).
    public var conflict: Double = 0.3
    /// Least coverage for a date conflict to count when no figure of the passage counts the
    /// same thing as the claim's (passages mention many dates).
    public var dateConflict: Double = 0.6
    /// Least coverage for a passage to restate the claim: a conflict of figures in a unit
    /// ("35 years" / "6,000 years", percentages) counts only from here.
    public var restatement: Double = 0.6
    /// Least coverage for agreeing figures or dates to support the claim (`.supports`); two
    /// independent agreeing facts need only `related`.
    public var support: Double = 0.4
    /// Least coverage for a claim without figures or dates to be supported by words alone.
    public var supportWithoutFigures: Double = 0.75
    /// Least trigram similarity (Dice) for two words to count as cognates.
    public var cognateSimilarity: Double = 0.7
    /// A cognate's weight is its similarity times this factor (an exact term weighs 1).
    public var cognateWeight: Double = 0.9
    /// Words shorter than this are never expanded to cognates.
    public var minimumCognateLength: Int = 5
    /// Weight, for coverage, of a claim word found not in the passage but in another sentence
    /// of its paragraph ("Ce centre … Rien n'interdit qu'il serve de couverture …").
    public var paragraphWeight: Double = 0.5
    /// Share of the final score given to figure and date evidence (a comparable pair).
    public var figureEvidenceWeight: Double = 0.15
    /// Weight, added to the score, of the share of the claim's adjacent term pairs that stand
    /// side by side in the passage too (proximity).
    public var proximityWeight: Double = 0.1
    /// How many best BM25 candidates per requested match are examined for agreement.
    public var candidatesPerMatch: Int = 5

    /// The defaults.
    public static let standard = MatchThresholds()

    /// Creates thresholds; start from `.standard` and change what you need.
    public init() {}
}
