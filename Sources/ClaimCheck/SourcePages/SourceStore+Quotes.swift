extension SourceStore {
    /// Whether a quoted phrase occurs in a source's main text.
    ///
    /// Both sides are compared as sequences of words (see `QuoteText`): quotation marks,
    /// apostrophes, punctuation, case, diacritics and whitespace do not count. An ellipsis
    /// ("…", "...", "[…]") in the quote stands for omitted words: each part must occur, in
    /// order. An empty quote is not found.
    public func contains(quote: String, inSource id: Int) -> Bool {
        guard let source = source(id: id) else { return false }
        let parts = QuoteText.parts(ofQuote: quote)
        guard !parts.isEmpty else { return false }
        let text = source.quoteText
        var from = text.startIndex
        for part in parts {
            guard let found = text.range(of: part, range: from..<text.endIndex) else { return false }
            from = text.index(before: found.upperBound)
        }
        return true
    }
}
