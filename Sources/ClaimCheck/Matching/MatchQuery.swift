import ClaimCheckText

/// What to look for in the sources: a claim's text, its language, figures and dates.
public struct MatchQuery: Sendable {
    /// The claim's text (leave attribution phrases in or out; they only lower coverage a little).
    public var text: String
    /// The claim's language.
    public var language: Language
    /// The claim's figures (offsets relative to `text`).
    public var figures: [Figure]
    /// The claim's dates (offsets relative to `text`).
    public var dates: [DateMention]
    /// The sentence the figures' offsets refer to, when `text` leaves words of it out
    /// (attributions, citation markers); nil when it is `text`. The quantity frame of a
    /// figure (who, where, projected or observed) is read from it.
    public var sentence: String?

    /// A query with figures and dates already extracted.
    public init(text: String, language: Language, figures: [Figure], dates: [DateMention]) {
        self.text = text
        self.language = language
        self.figures = figures
        self.dates = dates
    }

    /// A query whose figures and dates are extracted here; the language is guessed when not given.
    public init(text: String, language: Language? = nil) {
        let language = language ?? Language.detect(text)
        let found = FigureExtractor(language: language).analyze(text)
        self.init(text: text, language: language, figures: found.figures, dates: found.dates)
    }
}
