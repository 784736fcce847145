import ClaimCheckText

/// The words that turn a sentence's polarity, mark it as a rebuttal or as not observed, and the
/// counted nouns that are units, per language: data read by `Polarity` and `FrameSlots`
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

    /// Words that make a figure a projection, a possibility or a target rather than an
    /// observation ("could rise to", "is expected to", "devrait atteindre").
    static func modals(_ language: Language) -> [String] {
        switch language {
        case .english:
            [
                "could", "may", "might", "would", "will", "projected", "projection", "projections", "expected", "forecast",
                "forecasts", "predicted", "predicts", "predict", "likely", "target", "aims", "plans", "scenario", "if",
            ]
        case .french:
            [
                "pourrait", "pourraient", "devrait", "devraient", "sera", "seront", "prevu", "prevue", "prevus", "prevision",
                "previsions", "projection", "projections", "objectif", "risque", "si", "scenario",
            ]
        }
    }

    /// Counted-noun heads that are units or measures: they say how a quantity is measured, not
    /// what is counted, so two figures in them conflict only when the passage restates the claim.
    static let unitHeads = Set<String>([
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "decade", "decades", "century", "centuries", "time", "times", "degree", "degrees", "percent", "cent", "cents",
        "ton", "tons", "tonne", "tonnes", "foot", "feet", "inch", "inches", "mile", "miles", "meter", "meters", "metre",
        "metres", "kilometre", "kilometres", "kilometer", "kilometers", "km", "kg", "kilogram", "kilograms", "pound",
        "pounds", "gallon", "gallons", "litre", "litres", "liter", "liters", "dollar", "dollars", "euro", "euros", "ppm",
        "part", "parts", "fold", "gigatonne", "gigatonnes", "gigaton", "gigatons", "megaton", "megatons", "watt", "watts", "w", "an", "ans", "annee", "annees", "mois", "semaine", "semaines", "jour", "jours", "heure",
        "heures", "siecle", "siecles", "fois", "degre", "degres", "pourcent", "centime", "centimes", "metre", "kilometre",
        "kilogramme", "kilogrammes",
    ])
}
