/// One index term, as a string with a prefix that says what it stands for.
///
/// - `~expel`: a concept of the bilingual lexicon (English and French words meet here);
/// - `#35`: a figure's value (`#%12` for a percentage), whatever words wrote it;
/// - `@2022`, `@2022-04`, `@2022-04-24`: a date's year, month and day;
/// - anything else: a stem ("diplomat") or a name kept as written, folded ("kremlin").
enum Term {
    static let conceptPrefix: Character = "~"
    static let figurePrefix: Character = "#"
    static let datePrefix: Character = "@"

    /// Whether a term is a word (stem or name), the kind that cognates can expand.
    static func isWord(_ term: String) -> Bool {
        guard let first = term.first else { return false }
        return first != conceptPrefix && first != figurePrefix && first != datePrefix
    }

    /// Whether a term counts as content for coverage (words and concepts).
    static func isContent(_ term: String) -> Bool {
        guard let first = term.first else { return false }
        return first != figurePrefix && first != datePrefix
    }

    /// The term as a person reads it in a reason ("expel", "35", "2022-04").
    static func display(_ term: String) -> String {
        guard let first = term.first, !isWord(term) else { return term }
        _ = first
        return String(term.dropFirst())
    }

    /// A figure value written canonically: `35`, `0.5`, `1400`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
