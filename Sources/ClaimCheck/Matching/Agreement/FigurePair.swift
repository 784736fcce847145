import ClaimCheckText

/// A claim's figure and a passage's figure that measure the same thing, and how they compare.
public struct FigurePair: Sendable, Hashable {
    /// The claim's figure.
    public var claim: Figure
    /// The passage's figure.
    public var passage: Figure
    /// `Figure.compare(claim, passage)`.
    public var comparison: FigureComparison
    /// Whether both figures name their counted noun (when one does not, only agreement is kept).
    public var nounsKnown: Bool
    /// Whether the predicates are compatible (when not, the heads match and only agreement is
    /// kept: "cut power to 6,500 homes" / "6,500 homes were left without power").
    public var predicatesMatch: Bool

    /// Creates a pair.
    public init(
        claim: Figure, passage: Figure, comparison: FigureComparison, nounsKnown: Bool = true, predicatesMatch: Bool = true
    ) {
        self.claim = claim
        self.passage = passage
        self.comparison = comparison
        self.nounsKnown = nounsKnown
        self.predicatesMatch = predicatesMatch
    }
}

/// A claim's date and a passage's date, and whether they agree.
public struct DatePair: Sendable, Hashable {
    /// How two dates relate.
    public enum Comparison: String, Sendable, Hashable, Codable {
        /// Their day intervals overlap.
        case agree
        /// Same granularity (day, month or year) and disjoint day intervals.
        case conflict
    }

    /// The claim's date.
    public var claim: DateMention
    /// The passage's date.
    public var passage: DateMention
    /// How they relate.
    public var comparison: Comparison

    /// Creates a pair.
    public init(claim: DateMention, passage: DateMention, comparison: Comparison) {
        self.claim = claim
        self.passage = passage
        self.comparison = comparison
    }
}
