/// A number as written in a text, with its readings: as a number (cardinal or fraction) and
/// as an ordinal rank. "twenty-fifth" has an ordinal reading 25 and a number reading 20/5.
public struct NumberSpan: Sendable, Hashable, Codable {
    /// The number as written.
    public var text: String
    /// Unicode scalar offsets, end exclusive.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The value read as a number, if the words can be one.
    public var number: Double?
    /// The value read as an ordinal rank, if the words can be one.
    public var ordinal: Double?
    /// Whether a percent sign or word goes with it.
    public var isPercentage: Bool
    /// A rank relative to the current or the last item, Recognizers-Text's notation:
    /// "next" → `current+1`, "previous" → `current-1`, "last" → `end+0`, "penultimate" →
    /// `end-1`, "avant-dernier" → `end-1`. `nil` for other numbers (which have no such rank).
    public var relativeOrdinal: String? = nil
}
