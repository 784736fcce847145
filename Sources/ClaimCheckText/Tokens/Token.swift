/// A token of a text: a word, a run of digits, a punctuation mark, a URL or an e-mail address.
///
/// Offsets are Unicode scalar offsets into the text that was tokenised, `end` exclusive.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: Sendable, Hashable {
        /// Letters (with their combining marks), e.g. `spies`, `Mme`, `d` in `d’un`.
        case word
        /// ASCII digits, e.g. `1` and `200` in `1,200` (separators are punctuation tokens).
        case digits
        /// A vulgar fraction such as `½` or `⅔`.
        case vulgarFraction
        /// One punctuation or symbol scalar, e.g. `,` `-` `%` `’` `«`.
        case punctuation
        /// A URL or bare domain (`https://…`, `www.…`, `example.fr`), never split.
        case url
        /// An e-mail address, never split.
        case email
    }

    /// The token's kind.
    public var kind: Kind
    /// Offset of the first Unicode scalar.
    public var start: Int
    /// Offset one past the last Unicode scalar.
    public var end: Int
    /// The folded form: lowercase, without diacritics; typographic apostrophes become `'`,
    /// dashes become `-` (hyphen, minus) or `–` (en and em dash).
    public var key: String
    /// Offset where the whitespace before this token starts (equals `start` when none).
    public var gapStart: Int

    /// Whether the token touches the previous one (no whitespace in between).
    public var isAttached: Bool { gapStart == start }
}
