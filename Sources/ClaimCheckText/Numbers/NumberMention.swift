/// A number as written in the text, before hedges and ranges: `1,200`, `fifty`, `3/4`,
/// `12 %`, `une cinquantaine`, `third`.
///
/// Token indices refer to the token array the `NumberScanner` read.
struct NumberMention: Sendable {
    enum Reading: Sendable { case cardinal, fraction, ordinal }

    /// First token.
    var start: Int
    /// One past the last token.
    var end: Int
    /// The value of the reading a reader takes (count, fraction or ordinal rank).
    var value: Double
    var reading: Reading
    /// The value as a number (cardinal or fraction), when the words can be read as one.
    var numberValue: Double?
    /// The value as an ordinal rank, when the words can be read as one.
    var ordinalValue: Double?
    var isPercent = false
    /// The scale word or suffix that ended it ("million", "k"), for "3 to 5 million".
    var scale: Double?
    /// A collective noun such as "une cinquantaine": about its value.
    var isCollective = false
    /// Number of digits when the mention is one bare digit run (a year candidate).
    var bareDigits: Int?
    /// "one", "un", "une" alone: an article or pronoun more often than a count.
    var isLoneOne = false
}
