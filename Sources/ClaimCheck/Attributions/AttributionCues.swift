/// The words that introduce an attribution, in English and French. Data, not logic: a
/// reviewer extends these lists without reading the finder.
///
/// All entries are lower case; apostrophes are written `'` (the finder folds `’` to `'`).
enum AttributionCues {
    /// Phrases followed by the source: "according to X", "selon X".
    static let sourceFollows: [String] = [
        "according to", "as reported by", "as cited by", "cited by", "quoted by", "reported by", "as told to",
        "interview with", "interview to", "interviewed by", "statement to", "speaking to", "told",
        "selon", "d'après", "cité par", "citée par", "rapporté par", "interrogé par", "interrogée par",
        "entretien à", "entretien avec", "entretien accordé à", "interview à", "interview accordée à",
        "a rapporté", "a indiqué", "a déclaré", "a affirmé", "a annoncé", "a précisé", "a confirmé", "a révélé",
        "rapporte", "indique", "précise", "affirme", "révèle",
    ]

    /// Verbs that follow their source: "X reported", "as X reported", "X a indiqué".
    static let reportingVerbs: Set<String> = [
        "reported", "reports", "said", "says", "told", "announced", "announces", "stated", "states", "wrote", "writes",
        "revealed", "reveals", "confirmed", "confirms", "claimed", "claims", "declared", "noted", "notes", "estimated",
        "estimates", "found", "explained", "explains", "added", "warned", "disclosed", "published", "tweeted",
        "posted", "indicated", "believes", "believe", "say", "report", "suggest", "suggests", "suggested",
    ]

    /// French reporting verbs after an auxiliary: "X a indiqué", "X ont rapporté".
    static let frenchReportingParticiples: Set<String> = [
        "rapporté", "indiqué", "déclaré", "affirmé", "annoncé", "précisé", "confirmé", "révélé", "expliqué",
        "estimé", "assuré", "souligné", "écrit", "publié", "dit",
    ]

    /// Words and phrases that are vague attributions wherever they appear.
    static let vagueAnywhere: [String] = [
        "reportedly", "allegedly", "purportedly", "supposedly", "rumoured", "rumored", "it is said", "it is believed",
        "it is claimed", "it is reported", "sources say", "sources said", "sources told", "experts believe",
        "experts say", "critics say", "observers say", "some say", "many believe", "people say", "officials say",
        "officials said", "insiders say", "it has been reported", "there are reports", "media reports",
        "selon des sources", "de source sûre", "selon certains médias", "selon la presse", "selon plusieurs médias",
        "selon nos sources", "selon des médias", "selon des informations de presse", "dit-on", "il paraît",
        "il semblerait", "selon certaines sources", "selon plusieurs sources", "selon des experts",
        "selon des observateurs", "de sources concordantes",
    ]

    /// French conditional forms that report an unverified fact ("aurait expulsé").
    static let frenchReportedConditional: Set<String> = [
        "aurait", "auraient", "serait", "seraient", "pourrait avoir", "auraient été", "aurait été",
    ]

    /// Heads of a source phrase that make it vague when no name comes with them:
    /// "French media", "Kremlin critics", "some local media", "sources", "des sources".
    static let vagueHeads: Set<String> = [
        "media", "medias", "médias", "press", "presse", "reports", "report", "sources", "source", "critics", "critic",
        "experts", "expert", "observers", "analysts", "insiders", "officials", "official", "commentators",
        "witnesses", "residents", "rumours", "rumors", "outlets", "newspapers", "journalists", "people", "someone",
        "some", "many", "others", "bloggers", "users", "posts", "accounts", "channels", "circles", "informations",
        "spécialistes", "observateurs", "analystes", "témoins", "rumeurs", "journaux", "responsables", "proches",
        "opposants", "détracteurs", "critiques", "milieux",
    ]

    /// Words that make a source phrase vague on their own: "some", "certain", "various".
    static let vagueDeterminers: Set<String> = [
        "some", "certain", "various", "several", "many", "unnamed", "anonymous", "unidentified", "local",
        "certains", "certaines", "plusieurs", "des", "divers", "diverses", "anonymes",
    ]

    /// Words that end a source phrase.
    static let phraseEnds: Set<String> = [
        "that", "which", "who", "when", "while", "because", "but", "and", "in", "on", "at", "by", "for", "with", "as",
        "que", "qui", "dont", "lorsque", "mais", "et", "en", "dans", "par", "pour", "avec", "car", "le", "la", "les",
    ]

    /// Words a subject may start with besides a name or a number: "the ministry said",
    /// "some experts believe", "le ministère a indiqué".
    static let subjectOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "some", "several", "many", "most",
        "few", "certain", "unnamed", "anonymous", "senior", "local", "officials", "sources", "experts", "critics",
        "observers", "analysts", "police", "prosecutors", "investigators", "authorities", "witnesses", "residents",
        "le", "la", "les", "l'", "un", "une", "des", "plusieurs", "certains", "certaines", "son", "sa", "ses", "leur",
        "leurs",
    ]

    /// Words that cannot stand inside a subject: relatives, negations, conjunctions, verbs of thought.
    static let subjectBreakers: Set<String> = [
        "whose", "whom", "what", "where", "why", "how", "if", "whether", "not", "don't", "doesn't", "didn't", "never",
        "would", "will", "can", "could", "should", "may", "might", "must", "do", "does", "did", "to", "so", "than",
        "because", "dont", "ne", "pas", "n'a", "n'ont",
    ]

    /// Pronouns: "he said" credits nobody new.
    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "il", "elle", "ils", "elles", "on", "nous",
        "this", "that", "these", "those", "me", "us", "lui", "eux", "leur", "moi",
    ]
}
