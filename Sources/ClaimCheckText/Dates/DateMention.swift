/// A date or a relative time in a text, as an interval of days when it names one.
///
/// "November 2020" → 2020-11-01…2020-11-30; "le 24 février 2022" → one day; "in 2016" → the
/// year; "a few days ago", "à l'époque" → `.relative` with no days.
public struct DateMention: Sendable, Hashable {
    /// What the expression pins down.
    public enum Kind: String, Sendable, Hashable, Codable {
        case day, month, year
        /// Several years ("from 2014 to 2016", "2014-2016").
        case period
        /// A day and month without a year ("le 4 mai"): no interval.
        case dayOfUnknownYear
        /// A relative or vague time ("a few days ago", "at the time"): not a date.
        case relative
    }

    /// The expression as written ("November 2020", "a few days ago").
    public var text: String
    /// Offset of the first Unicode scalar of `text`.
    public var start: Int
    /// Offset one past the last Unicode scalar.
    public var end: Int
    /// What the expression pins down.
    public var kind: Kind
    /// First day of the interval (nil for relative times).
    public var firstDay: Day?
    /// Last day of the interval, inclusive.
    public var lastDay: Day?

    /// A date mention from its parts.
    public init(text: String, start: Int, end: Int, kind: Kind, firstDay: Day?, lastDay: Day?) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.firstDay = firstDay
        self.lastDay = lastDay
    }
}

/// JSON as SPEC's `dates` array: `start`/`end` are the ISO days (null for relative times);
/// the character offsets are `textStart`/`textEnd`.
extension DateMention: Codable {
    enum CodingKeys: String, CodingKey { case text, kind, start, end, textStart, textEnd }

    /// Decodes a mention written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try c.decode(String.self, forKey: .text), start: try c.decode(Int.self, forKey: .textStart),
            end: try c.decode(Int.self, forKey: .textEnd), kind: try c.decode(Kind.self, forKey: .kind),
            firstDay: try c.decodeIfPresent(Day.self, forKey: .start),
            lastDay: try c.decodeIfPresent(Day.self, forKey: .end))
    }

    /// Writes SPEC's `dates` fields plus `kind`, `textStart`, `textEnd`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        if let firstDay { try c.encode(firstDay, forKey: .start) } else { try c.encodeNil(forKey: .start) }
        if let lastDay { try c.encode(lastDay, forKey: .end) } else { try c.encodeNil(forKey: .end) }
        try c.encode(start, forKey: .textStart)
        try c.encode(end, forKey: .textEnd)
    }
}
