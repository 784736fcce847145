import ClaimCheckText

/// News vocabulary in English and French, each row one concept, so that an English claim
/// finds its passage in a French source ("expelled" and "expulsés" both index as `expel`).
///
/// The table is data (`BilingualLexicon.builtInTable`): one row per concept,
/// `english forms<TAB>french forms`, forms separated by commas, each form a single word.
/// The first English form names the concept. Lines that are empty or start with `#` are
/// ignored. A word is looked up by its folded form (case and diacritics removed), that form
/// without a plural "s" or "x", then by its stem in its own language (stems of four letters or more), so listing "expel" also covers
/// "expelled" and "expels".
public struct BilingualLexicon: Sendable {
    private var byForm: [Language: [String: String]] = [:]
    private var byStem: [Language: [String: String]] = [:]
    /// The concept keys, in table order.
    public private(set) var concepts: [String] = []

    /// An empty lexicon.
    public init() {}

    /// A lexicon read from a table in the format described above.
    public init(table: String) {
        for line in table.split(separator: "\n", omittingEmptySubsequences: true) {
            let row = line.trimmingCharacters(in: .whitespaces)
            if row.isEmpty || row.hasPrefix("#") { continue }
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2 else { continue }
            let english = Self.forms(columns[0])
            let french = Self.forms(columns[1])
            guard let key = english.first else { continue }
            add(concept: key, english: english, french: french)
        }
    }

    /// The lexicon claimcheck ships with.
    public static let builtIn = BilingualLexicon(table: builtInTable)

    /// Adds one concept with its English and French forms (folded or not).
    public mutating func add(concept: String, english: [String], french: [String]) {
        let key = Self.fold(concept)
        if !concepts.contains(key) { concepts.append(key) }
        for (language, forms) in [(Language.english, english), (.french, french)] {
            for form in forms.map(Self.fold) where !form.isEmpty {
                if byForm[language, default: [:]][form] == nil { byForm[language, default: [:]][form] = key }
                let stem = Stemmer.stem(form, language: language)
                if byStem[language, default: [:]][stem] == nil { byStem[language, default: [:]][stem] = key }
            }
        }
    }

    /// The concept a word belongs to in a language, if the table lists it.
    ///
    ///     concept(of: "expelled", language: .english) == "expel"
    ///     concept(of: "expulsés", language: .french) == "expel"
    public func concept(of word: String, language: Language) -> String? {
        let folded = Self.fold(word)
        return concept(folded: folded, stem: Stemmer.stem(folded, language: language), language: language)
    }

    /// Stems shorter than this are not looked up (only exact forms are): "pris" and "prix"
    /// share the stem "pri" but not a meaning.
    static let minimumStemLength = 4

    /// The concept of a word already folded and stemmed.
    func concept(folded: String, stem: String, language: Language) -> String? {
        if let concept = byForm[language]?[folded] { return concept }
        if folded.utf8.count > 3, let last = folded.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "x"),
            let concept = byForm[language]?[String(folded.dropLast())]
        {
            return concept
        }
        guard stem.utf8.count >= Self.minimumStemLength else { return nil }
        return byStem[language]?[stem]
    }

    /// The forms of one column: comma-separated, trimmed.
    static func forms(_ column: Substring) -> [String] {
        column.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A word folded as the tokenizer folds it (lower case, no diacritics).
    static func fold(_ word: String) -> String {
        Tokenizer.tokens(in: word).filter { $0.kind == .word }.map(\.key).joined()
    }
}
