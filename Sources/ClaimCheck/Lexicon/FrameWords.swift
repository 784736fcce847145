import ClaimCheckText

/// The words that turn a sentence's polarity or mark it as a rebuttal, per language (what makes
/// it a projection, and which nouns are units, is the quantity frame's: `QuantityWords`): data read by `Polarity` and `FrameSlots`
/// (`Matching/Agreement/`). Folded forms (lower
/// case, no accents); a phrase is words separated by spaces and matches whole words.
enum FrameWords {
    /// Negation: a sentence with one of these says the opposite of the same words without it.
    static func negations(_ language: Language) -> [String] {
        switch language {
        case .english:
            ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "n't", "nowhere"]
        case .french:
            ["pas", "jamais", "aucun", "aucune", "rien", "nullement", "guere", "ni", "non"]
        }
    }

    /// Phrases that look negative and are not ("not only", "non seulement", "no doubt").
    static func notNegations(_ language: Language) -> [String] {
        switch language {
        case .english: ["not only", "not just", "no doubt", "not least", "no less than", "no fewer than", "nothing but"]
        case .french: ["non seulement", "pas seulement", "sans doute", "pas moins de", "non loin"]
        }
    }

    /// A passage with one of these disputes what it repeats ("contrary to claims", "démenti").
    static func rebuttals(_ language: Language) -> [String] {
        switch language {
        case .english:
            [
                "false", "falsely", "myth", "debunk", "debunked", "debunks", "denied", "denies", "deny", "refuted", "refutes",
                "contrary to", "hoax", "disproven", "disproved", "misleading", "incorrect", "wrongly", "baseless", "untrue", "no evidence",
                "if he had said", "if she had said", "if they had said", "fact check", "fabricated",
            ]
        case .french:
            [
                "dementi", "dementit", "dement", "dementent", "dementir", "faux", "fausse", "infonde", "infondee",
                "contrairement a", "intox", "errone", "erronee", "a tort", "fake news", "s'il avait dit",
            ]
        }
    }

    /// Words before a date that make it the start of a period running to the time of writing
    /// ("since 1995", "depuis 2010"): another year is another period, not a contradiction.
    static func periodStarts(_ language: Language) -> [String] {
        switch language {
        case .english: ["since"]
        case .french: ["depuis"]
        }
    }

    /// Words that may stand between a period start and its date ("since the 1940s", "since the
    /// end of 2019", "depuis la fin des années 1990").
    static func periodDeterminers(_ language: Language) -> [String] {
        switch language {
        case .english: ["the", "early", "late", "mid", "end", "start", "beginning", "of"]
        case .french: ["le", "la", "les", "l", "des", "de", "du", "annees", "debut", "fin"]
        }
    }
}
