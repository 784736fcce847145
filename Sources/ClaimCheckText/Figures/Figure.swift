/// A figure as a reader understands it: a value interval plus how it was hedged.
///
/// "up to fifty Russian spies" → kind `.atMost`, value 50, interval `(nil, 50]`, noun
/// "Russian spies", head "spy". Offsets are Unicode scalar offsets into the text given to
/// the extractor, `end` exclusive.
public struct Figure: Sendable, Hashable {
    /// How a figure was hedged; raw values are the JSON `kind` strings.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case exact, approximate, nearly, atMost, atLeast, range, vague
    }

    /// The text of the figure, hedge included ("up to fifty", "75 to 80", "une cinquantaine").
    public var text: String
    /// Offset of the first Unicode scalar of `text`.
    public var start: Int
    /// Offset one past the last Unicode scalar of `text`.
    public var end: Int
    /// How the figure was hedged.
    public var kind: Kind
    /// The number as written (the hedged number; `nil` for ranges and vague quantities).
    public var value: Double?
    /// Lower end of the interval; `nil` when unbounded below.
    public var low: Double?
    /// Upper end of the interval; `nil` when unbounded above.
    public var high: Double?
    /// Whether `low` belongs to the interval (false when `low` is nil).
    public var lowInclusive: Bool
    /// Whether `high` belongs to the interval (false when `high` is nil).
    public var highInclusive: Bool
    /// The counted noun phrase ("Russian spies"), possibly inherited from an earlier figure
    /// of the same sentence whose noun was elided.
    public var noun: String?
    /// The singular lemma of the noun phrase's head ("spy", "agent").
    public var head: String?
    /// The lemma key of the verb governing the figure ("expel"); English lemma when the
    /// lexicon knows the verb, else the verb's own lemma.
    public var predicate: String?
    /// Whether the figure is a percentage ("12 %", "12.5 per cent").
    public var isPercentage: Bool
    /// The hedge or range words as written ("up to", "between … and", "or more"), if any.
    public var hedge: String?

    /// A figure from its parts (the extractor builds them; tests and later stages may too).
    public init(
        text: String, start: Int, end: Int, kind: Kind, value: Double?, low: Double?, high: Double?,
        lowInclusive: Bool, highInclusive: Bool, noun: String? = nil, head: String? = nil,
        predicate: String? = nil, isPercentage: Bool = false, hedge: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.lowInclusive = lowInclusive
        self.highInclusive = highInclusive
        self.noun = noun
        self.head = head
        self.predicate = predicate
        self.isPercentage = isPercentage
        self.hedge = hedge
    }
}
