/// Finds the figures and dates of a text in one language.
///
///     let extractor = FigureExtractor(language: .english)
///     extractor.figures(in: "France expelled up to fifty Russian spies.")
///     // [Figure(text: "up to fifty", kind: .atMost, high: 50, noun: "Russian spies", head: "spy",
///     //         predicate: "expel", …)]
///
/// A value type with no shared state: safe to use from many tasks at once.
public struct FigureExtractor: Sendable {
    /// The language the extractor reads.
    public let language: Language
    /// Half-width of an approximate figure's interval, as a share of its value (0.1 = ±10 %).
    public let tolerance: Double

    /// - Parameters:
    ///   - language: the text's language (see `Language.detect` for a guess).
    ///   - tolerance: share of the value that "around N" may be off by; default 0.1.
    public init(language: Language, tolerance: Double = 0.1) {
        self.language = language
        self.tolerance = tolerance.isFinite && tolerance >= 0 ? tolerance : 0.1
    }

    /// The figures of `text` in reading order: numbers with their hedge, interval, counted noun
    /// and predicate. Ordinals, years and dates are not figures.
    public func figures(in text: String) -> [Figure] {
        FigureBuilder(text: text, language: language, tolerance: tolerance).build().figures
    }

    /// The dates and relative times of `text`, in reading order.
    public func dates(in text: String) -> [DateMention] {
        FigureBuilder(text: text, language: language, tolerance: tolerance).build().dates
    }

    /// Figures and dates in one pass.
    public func analyze(_ text: String) -> (figures: [Figure], dates: [DateMention]) {
        FigureBuilder(text: text, language: language, tolerance: tolerance).build()
    }

    /// Every number as written, before hedges and ranges (what Recognizers-Text calls the
    /// number and ordinal models): cardinals, fractions, ordinals, percentages, years included;
    /// numbers inside full dates excluded.
    public func numbers(in text: String) -> [NumberSpan] {
        let builder = FigureBuilder(text: text, language: language, tolerance: tolerance)
        var spans = builder.numbers().map { m in
            let s = builder.tokens[m.start].start
            let e = builder.tokens[m.end - 1].end
            return NumberSpan(
                text: builder.text(s, e), start: s, end: e, number: m.numberValue, ordinal: m.ordinalValue,
                isPercentage: m.isPercent)
        }
        // A relative rank's phrase wins over the number words inside it ("the previous one").
        let relative = builder.relativeOrdinals().filter { r in
            !spans.contains { $0.start < r.end && r.start < $0.end && ($0.start < r.start || $0.end > r.end) }
        }
        if !relative.isEmpty {
            spans.removeAll { s in relative.contains { $0.start <= s.start && s.end <= $0.end } }
            spans += relative
            spans.sort { $0.start < $1.start }
        }
        return spans
    }
}
