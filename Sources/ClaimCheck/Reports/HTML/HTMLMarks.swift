import ClaimCheckText

/// Escaped text with some of its parts wrapped in markup: the words a finding is about, a
/// claim's figures, the matched words of an excerpt.
enum HTMLMarks {
    /// A part of a text to wrap: Unicode scalar offsets, and the tags around it.
    struct Mark {
        var range: Range<Int>
        var open: String
        var close: String
    }

    /// `text` escaped, with the first occurrence of each phrase wrapped; a phrase that is not
    /// in the text, or overlaps one placed before it, is left out.
    static func marked(_ text: String, phrases: [(text: String, open: String, close: String)]) -> String {
        let scalars = Array(text.unicodeScalars)
        let marks = phrases.compactMap { phrase -> Mark? in
            guard let range = TermAnalyzer.span(phrase.text, at: -1..<(-1), in: scalars) else { return nil }
            return Mark(range: range, open: phrase.open, close: phrase.close)
        }
        return marked(scalars, marks: marks)
    }

    /// The scalars escaped, with the marks that do not overlap an earlier one wrapped.
    static func marked(_ scalars: [Unicode.Scalar], marks: [Mark]) -> String {
        var placed: [Mark] = []
        for mark in marks where mark.range.lowerBound >= 0 && mark.range.upperBound <= scalars.count && !mark.range.isEmpty {
            if !placed.contains(where: { $0.range.overlaps(mark.range) }) { placed.append(mark) }
        }
        placed.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = ""
        var cursor = 0
        for mark in placed {
            out += HTMLText.escape(String(String.UnicodeScalarView(scalars[cursor..<mark.range.lowerBound])))
            out += mark.open + HTMLText.escape(String(String.UnicodeScalarView(scalars[mark.range]))) + mark.close
            cursor = mark.range.upperBound
        }
        return out + HTMLText.escape(String(String.UnicodeScalarView(scalars[cursor...])))
    }

    /// Where an excerpt holds the terms its claim matched: words whose index term (stem,
    /// lexicon concept or name, as the matcher computes it) is among `terms`, and figures and
    /// dates whose values are.
    ///
    /// - Parameter terms: the matched terms as `Evidence.terms` gives them ("expel", "35").
    static func matchedWords(in excerpt: String, terms: [String], language: Language) -> [Range<Int>] {
        let wanted = Set(terms)
        guard !wanted.isEmpty else { return [] }
        let scalars = Array(excerpt.unicodeScalars)
        let analyzer = TermAnalyzer(lexicon: .builtIn)
        var memo = TermAnalyzer.Memo()
        var ranges: [Range<Int>] = []
        let (figures, dates) = FigureExtractor(language: language).analyze(excerpt)
        for figure in figures where TermAnalyzer.figureTerms(figure).contains(where: { wanted.contains(Term.display($0)) }) {
            if let range = TermAnalyzer.span(figure.text, at: figure.start..<figure.end, in: scalars) { ranges.append(range) }
        }
        for date in dates where date.kind != .relative && TermAnalyzer.dateTerms(date).contains(where: { wanted.contains(Term.display($0)) }) {
            if let range = TermAnalyzer.span(date.text, at: date.start..<date.end, in: scalars) { ranges.append(range) }
        }
        for token in Tokenizer.tokens(in: excerpt) where token.kind == .word {
            let key = token.key
            guard key.unicodeScalars.count >= 2, !Stopwords.contains(key, language: language) else { continue }
            let plain = Term.display(analyzer.term(key, language: language, capitalised: false, memo: &memo))
            let name = Term.display(analyzer.term(key, language: language, capitalised: true, memo: &memo))
            if wanted.contains(plain) || wanted.contains(name) { ranges.append(token.start..<token.end) }
        }
        return ranges
    }
}
