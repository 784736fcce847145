import ClaimCheckText

/// Words that carry no content for matching (articles, pronouns, auxiliaries, reporting
/// verbs), per language, folded. The lists are data in `Stopwords+Data.swift`.
public enum Stopwords {
    /// Whether a folded word is a stopword of a language.
    public static func contains(_ folded: String, language: Language) -> Bool {
        switch language {
        case .english: return english.contains(folded)
        case .french: return french.contains(folded)
        }
    }

    static let english: Set<String> = words(englishList)
    static let french: Set<String> = words(frenchList)

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { BilingualLexicon.fold(String($0)) })
    }
}
