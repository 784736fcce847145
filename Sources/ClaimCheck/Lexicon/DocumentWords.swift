import ClaimCheckText

/// The nouns that name a document or an exchange a draft can point back to ("the agency's
/// annual report", "the same interview", "le même rapport"), and the words that point back,
/// per language: data read by `NamedSources` (`Pipeline/NamedSources.swift`). Folded forms.
enum DocumentWords {
    /// Nouns of documents and exchanges.
    static func nouns(_ language: Language) -> Set<String> {
        switch language {
        case .english:
            [
                "report", "reports", "study", "paper", "statement", "interview", "survey", "release", "document", "analysis",
                "audit", "filing", "letter", "memo", "briefing", "bulletin", "review", "assessment", "article", "dossier",
            ]
        case .french:
            [
                "rapport", "etude", "communique", "entretien", "interview", "document", "enquete", "bilan", "note", "declaration",
                "article", "courrier", "lettre", "dossier", "audit", "releve",
            ]
        }
    }

    /// Words that open a phrase pointing back to a document already named.
    static func determiners(_ language: Language) -> Set<String> {
        switch language {
        case .english: ["the", "this", "that", "its", "their", "his", "her", "same"]
        case .french: ["le", "la", "l", "ce", "cette", "cet", "son", "sa", "leur", "meme", "du", "au"]
        }
    }

    /// Words saying the document is the one named just before ("the same report").
    static func same(_ language: Language) -> Set<String> {
        switch language {
        case .english: ["same", "this", "that"]
        case .french: ["meme", "ce", "cette", "cet"]
        }
    }
}
