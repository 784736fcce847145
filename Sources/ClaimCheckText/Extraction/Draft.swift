/// A figure being built: token span, interval and hedge, before noun and predicate.
struct Draft: Sendable {
    var first: Int
    var end: Int
    var kind: Figure.Kind
    var value: Double?
    var low: Double?
    var high: Double?
    var lowInclusive: Bool
    var highInclusive: Bool
    var isPercent: Bool
    /// Token range of the hedge words (prefix, postfix, range words), for `Figure.hedge`.
    var hedgeTokens: [Range<Int>] = []
    /// Whether "of"/"de" may come between the figure and its noun ("dozens of spies").
    var nounAfterOf = false
    /// Percentages count a noun only after "of"/"de" ("30 % of voters", not "30 percent cut").
    var nounOnlyAfterOf = false
    /// A currency symbol before the number ("$700 billion" counts dollars).
    var currency: String?
}
