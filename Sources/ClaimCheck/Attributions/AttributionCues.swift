/// The words that introduce an attribution, in English and French. Data, not logic: a
/// reviewer extends these lists without reading the finder.
///
/// All entries are lower case; apostrophes are written `'` (the finder folds `’` to `'`).
enum AttributionCues {
    /// Phrases followed by the source: "according to X", "selon X".
    static let sourceFollows: [String] = [
        "according to", "as reported by", "as cited by", "cited by", "quoted by", "reported by", "as told to",
        "interview with", "interview to", "interviewed by", "statement to", "speaking to", "told",
        "disclosed by", "first reported by", "published by", "revealed by", "released by", "surveyed by", "polled by",
        "compiled by", "révélé par", "publié par",
        "révélée par", "publiée par", "selon les chiffres de", "selon les données de",
        "selon", "d'après", "cité par", "citée par", "rapporté par", "interrogé par", "interrogée par",
        "entretien à", "entretien avec", "entretien accordé à", "interview à", "interview accordée à",
        "a rapporté", "a indiqué", "a déclaré", "a affirmé", "a annoncé", "a précisé", "a confirmé", "a révélé",
        "rapporte", "indique", "précise", "affirme", "révèle",
    ]

    /// Verbs that follow their source: "X reported", "as X reported", "X a indiqué". Verbs of
    /// counting ("the city counted 5,000 residents") are not among them: their subject is often
    /// what the figure measures, which the matcher must still look for in the source.
    static let reportingVerbs: Set<String> = [
        "reported", "reports", "said", "says", "told", "announced", "announces", "stated", "states", "wrote", "writes",
        "revealed", "reveals", "confirmed", "confirms", "claimed", "claims", "declared", "noted", "notes", "estimated",
        "estimates", "found", "explained", "explains", "added", "warned", "disclosed", "published", "tweeted",
        "posted", "indicated", "believes", "believe", "say", "report", "suggest", "suggests", "suggested",
        "indicates", "indicate", "shows", "showed", "finds", "concluded", "concludes", "warns", "warn", "forecast",
        "forecasts", "projected", "shown", "state", "show", "note", "reveal", "confirm", "conclude", "claim", "estimate",
        "find", "stipulate", "stipulates", "stipulated", "specify", "specifies", "specified", "acknowledged",
        "acknowledges", "admitted", "admits", "testified", "insisted", "insists", "argued", "argues", "reiterated",
        "indicating", "suggesting", "showing",
    ]

    /// Words of a stance taken on a fact, a source when "that" follows: "experts are concerned
    /// that …", "officials fear that …" (whose source the subject decides, as for a reporting verb).
    static let stanceWords: Set<String> = [
        "concerned", "worried", "convinced", "confident", "fear", "fears", "feared", "worry", "worries",
    ]

    /// Milieus of an unnamed French source: "de source policière", "de sources diplomatiques"
    /// (vague: a milieu is no name).
    static let frenchSourceMilieus: Set<String> = [
        "policière", "policières", "judiciaire", "judiciaires", "diplomatique", "diplomatiques", "gouvernementale",
        "gouvernementales", "militaire", "militaires", "sécuritaire", "sécuritaires", "syndicale", "syndicales",
        "proche", "proches", "hospitalière", "hospitalières", "parlementaire", "parlementaires", "industrielle",
        "industrielles", "officielle", "officielles", "informée", "informées", "bien", "concordantes", "sûre",
    ]

    /// Reporting verbs of a plural subject that are also common nouns ("the state", "a note",
    /// "the show"): a verb only with "that" after it ("the regulations state that …").
    static let reportingOnlyBeforeThat: Set<String> = [
        "state", "show", "note", "claim", "estimate", "find", "stipulate", "specify", "indicating", "suggesting",
        "showing",
    ]

    /// Reporting participles after the noun they report for: "reports indicating that …".
    static let reportingParticiples: Set<String> = ["indicating", "suggesting", "showing"]

    /// Subjects whose head is a document (`documentNouns`: "the budget documents show Sars
    /// collected …", "the figures show") use `reportingOnlyBeforeThat` verbs without "that".
    static let documentSubjectHeads: Set<String> = [
        "documents", "document", "records", "minutes", "figures", "data", "statistics", "results", "accounts",
        "filings", "papers", "chiffres", "données", "statistiques", "résultats", "comptes",
    ]

    /// Reporting verbs that are also plural nouns ("estimates", "reports"): after one of
    /// `sourceAdjectives` alone they are the head of a source phrase, not a verb
    /// ("Published estimates put …", "Early reports said …").
    static let nounVerbs: Set<String> = [
        "estimates", "reports", "claims", "notes", "forecasts", "findings", "shows", "finds", "states", "statements",
    ]

    /// Adjectives that describe a source without naming it: "published estimates", "early
    /// reports", "official figures".
    static let sourceAdjectives: Set<String> = [
        "published", "official", "initial", "preliminary", "latest", "early", "earlier", "recent", "previous", "new",
        "independent", "unofficial", "internal", "rough", "conservative", "current", "some", "many", "other", "most",
        "such", "media", "press", "local", "several", "various", "unconfirmed",
    ]

    /// Words before "told" that make it a passive or an order, not a source: "has been told to
    /// self-isolate", "were told to leave".
    static let passiveMarkers: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting", "am",
    ]

    /// Prepositions that put a figure under a legal text, its primary source: "under new
    /// regulations", "en vertu de la loi", "aux termes du décret".
    static let underLegalText: [String] = ["under", "en vertu de", "en vertu du", "aux termes de", "aux termes du", "conformément à", "conformément au"]

    /// Legal texts and agreements, whose words are the source of the figures they set (fines,
    /// limits, amounts): `underLegalText` + one of these.
    static let legalTexts: Set<String> = [
        "regulations", "regulation", "rules", "law", "laws", "legislation", "act", "bill", "decree", "directive",
        "treaty", "agreement", "deal", "guidelines", "contract", "ordinance", "code", "accord", "settlement",
        "loi", "décret", "traité", "règlement", "contrat", "arrêté", "texte", "ordonnance", "convention", "protocole",
    ]

    /// Verbs of naming after "what" and a subject: "what the institution called an outrageous
    /// party", "ce que le ministère qualifie de …" — the subject is a source of the sentence.
    static let namingVerbs: Set<String> = [
        "called", "calls", "call", "described", "describes", "describe", "termed", "terms", "dubbed", "dubs",
        "labelled", "labeled", "appelle", "appellent", "qualifie", "qualifient", "décrit", "décrivent", "nomme",
    ]

    /// French adverbs between an auxiliary and its participle: "a déjà indiqué", "ont
    /// également précisé".
    static let frenchAdverbsBeforeParticiple: Set<String> = [
        "déjà", "aussi", "également", "notamment", "encore", "ensuite", "alors", "toutefois", "pourtant", "récemment",
        "enfin", "d'ailleurs", "ainsi", "même", "lui-même", "elle-même",
    ]

    /// French reporting verbs after an auxiliary: "X a indiqué", "X ont rapporté".
    static let frenchReportingParticiples: Set<String> = [
        "rapporté", "indiqué", "déclaré", "affirmé", "annoncé", "précisé", "confirmé", "révélé", "expliqué",
        "estimé", "assuré", "souligné", "écrit", "publié", "dit", "constaté", "relevé", "observé", "signalé",
        "communiqué", "chiffré", "évalué", "détaillé",
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
        "selon des observateurs", "de sources concordantes", "is reported to", "are reported to", "was reported to",
        "were reported to", "is said to", "are said to", "was said to", "were said to", "is believed to",
        "are believed to", "is understood to", "are understood to", "it is understood", "it's understood",
        "people familiar with", "people briefed on", "person familiar with", "sources familiar with",
        "sources close to", "a source close to", "on condition of anonymity", "speaking on condition",
        "selon nos informations", "d'après nos informations", "selon une source proche", "de source proche",
        "sous couvert d'anonymat", "many economists", "some economists", "it was learned", "it has been learned",
        "it was learnt",
    ]

    /// Conditional participles that are a hypothesis or a wish, not reported speech: "aurait pu",
    /// "aurait dû", "aurait voulu".
    static let frenchModalParticiples: Set<String> = [
        "pu", "dû", "du", "voulu", "aimé", "souhaité", "préféré", "fallu", "mieux", "bien", "tort", "raison",
    ]

    /// Endings of a French past participle ("mis", "travaillé", "été", "fait"), for telling
    /// "aurait expulsé" (reported speech) from "serait bon" (a conditional that reports nothing).
    static let frenchParticipleEndings: [String] = [
        "é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "u", "ue", "us", "ues", "t", "te", "ts",
    ]

    /// Phrases by which a text's authors present figures as their own study: "our survey",
    /// "notre étude", "nos données".
    static let ownStudyPhrases: [String] = [
        "our study", "our analysis", "our survey", "our research", "our data", "our findings", "our count",
        "our investigation", "notre étude", "notre analyse", "notre enquête", "notre recherche", "nos données",
        "nos résultats", "notre travail", "notre décompte", "notre dépouillement",
    ]

    /// Verbs of a study after "we" or "nous (avons)": "we analysed", "nous avons dépouillé".
    static let studyVerbs: Set<String> = [
        "analysed", "analyzed", "surveyed", "examined", "studied", "reviewed", "counted", "collected", "measured",
        "compiled", "tracked", "interviewed", "found", "analysé", "dépouillé", "étudié", "examiné", "interrogé",
        "collecté", "recensé", "compté", "mesuré", "relevé", "compilé", "suivi", "entrepris", "analysons", "constaté",
    ]

    /// Pronouns that, before a reporting verb, credit the speaker the text has just named:
    /// "he said", "she added", "il a précisé"; after a French verb they are its inverted subject
    /// ("indique-t-il", "a-t-elle précisé").
    static let speakerPronouns: Set<String> = [
        "he", "she", "they", "it", "we", "il", "elle", "ils", "elles", "nous",
    ]

    /// Endings of an inverted French reporting verb: "indique-t-il", "explique-t-elle", "ajoutent-ils".
    static let frenchInvertedPronouns: [String] = ["-t-il", "-t-elle", "-t-ils", "-t-elles", "-il", "-elle", "-ils", "-elles"]

    /// French reporting verbs in the present, as they stand inverted after a quote or a comma
    /// ("souligne l'institut", "note le ministère", "indique-t-il").
    static let frenchInvertedVerbs: Set<String> = [
        "souligne", "soulignent", "note", "notent", "indique", "indiquent", "précise", "précisent", "explique",
        "expliquent", "ajoute", "ajoutent", "estime", "estiment", "rappelle", "rappellent", "observe", "relève",
        "détaille", "poursuit", "conclut", "assure", "assurent", "commente", "confie", "déclare", "déclarent",
        "raconte", "reconnaît", "insiste", "avance", "résume", "signale", "constate", "affirme", "affirment",
        "rapporte", "rapportent", "révèle", "martèle", "glisse", "admet", "juge", "prévient", "dit", "répond",
        "écrit", "annonce", "annoncent", "confirme", "confirment", "lance", "tranche", "regrette", "déplore",
    ]

    /// Nouns of a body that makes "officials of …", "analysts at …", "estimations de …" specific
    /// when it follows the vague head.
    static let institutionNouns: Set<String> = [
        "ministry", "department", "agency", "institute", "office", "bank", "police", "government", "company",
        "university", "commission", "council", "court", "bureau", "service", "authority", "board", "firm",
        "agence", "ministère", "institut", "banque", "gouvernement", "préfecture", "mairie", "université",
        "tribunal", "parquet", "conseil", "cour", "autorité", "direction", "observatoire", "caisse",
    ]

    /// Generic heads that a named body after them makes specific ("officials of the ministry",
    /// "analysts at Goldman Sachs"); "sources at the Pentagon" stay unnamed.
    static let headsOfNamedBodies: Set<String> = [
        "officials", "official", "analysts", "experts", "expert", "economists", "economist", "estimates",
        "estimations", "studies", "études", "responsables", "analystes", "spécialistes", "scientists", "économistes",
        "study", "survey", "poll", "report", "reports", "étude", "enquête", "sondage", "rapport",
    ]

    /// Words between a generic head and the body it belongs to: "officials of", "analysts at", "a
    /// study published by", "une étude menée par".
    static let bodyConnectors: Set<String> = [
        "at", "of", "from", "with", "by", "de", "du", "des", "chez", "par", "the", "le", "la", "les", "published",
        "conducted", "led", "released", "commissioned", "carried", "out", "publiée", "menée", "réalisée", "commandée",
        "publié", "mené", "réalisé", "commandé",
    ]

    /// Documents whose named author is a source wherever the sentence mentions them: "a study by
    /// the Pew Research Center", "une étude menée par l'Institut de recherche".
    static let documentNouns: Set<String> = [
        "study", "report", "survey", "poll", "analysis", "census", "audit", "paper", "estimates", "figures", "data",
        "statistics", "étude", "rapport", "enquête", "sondage", "analyse", "recensement", "bilan", "chiffres",
        "données", "statistiques",
    ]

    /// Words that, before "source" or "sources", point back at a source the text has already
    /// named: "selon cette source", "the same source".
    static let anaphoricDeterminers: Set<String> = [
        "this", "that", "the", "same", "these", "those", "cette", "ce", "cet", "ces", "la", "ladite", "même", "mêmes",
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
        "opposants", "détracteurs", "critiques", "milieux", "economists", "economist", "scientists", "diplomats",
        "estimates", "estimations", "studies", "études", "économistes", "diplomates", "scientifiques",
    ]

    /// Heads of a vague phrase that name documents, not who wrote them: "according to estimates",
    /// "previous studies", "published estimates". A vague attribution made only of these and of
    /// hedges ("reportedly", "aurait", "it is understood") names no source at all.
    static let ownerlessDocumentHeads: Set<String> = [
        "estimates", "estimations", "studies", "study", "études", "étude", "reports", "report", "rumours", "rumors",
        "rumeurs", "research", "data", "figures", "chiffres", "données", "informations", "posts",
    ]

    /// Words by which a vague phrase still names a kind of source — people or outlets — besides
    /// the vague heads that are not documents: "several warned", "plusieurs affirment".
    static let sourceKindDeterminers: Set<String> = ["several", "plusieurs", "certains", "certaines", "others"]

    /// Words that make a source phrase vague on their own: "some", "certain", "various".
    static let vagueDeterminers: Set<String> = [
        "some", "certain", "various", "several", "many", "unnamed", "anonymous", "unidentified", "local",
        "certains", "certaines", "plusieurs", "des", "divers", "diverses", "anonymes", "previous", "recent", "other",
        "précédentes", "récentes", "autres",
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

    /// Superscript digits, as footnote references are written ("l'Insee²").
    static let superscriptDigits: Set<Unicode.Scalar> = ["\u{2070}", "\u{00B9}", "\u{00B2}", "\u{00B3}", "\u{2074}", "\u{2075}", "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}"]

    /// Units written with a superscript power ("km²", "m³"): the digit is no footnote.
    static let superscriptUnits: Set<String> = ["m", "km", "cm", "mm", "dm", "ft", "in", "mi", "yd", "s"]

    /// Conjunctions that may open a sentence before its subject: "But details of the plan
    /// revealed …", "Mais les chiffres montrent …".
    static let openingConjunctions: Set<String> = ["but", "and", "mais", "et"]

    /// Words that cannot stand inside a subject: relatives, negations, conjunctions, verbs of thought.
    static let subjectBreakers: Set<String> = [
        "whose", "whom", "what", "where", "why", "how", "if", "whether", "not", "don't", "doesn't", "didn't", "never",
        "would", "will", "can", "could", "should", "may", "might", "must", "do", "does", "did", "to", "so", "than",
        "because", "dont", "ne", "pas", "n'a", "n'ont", "reportedly", "allegedly", "supposedly", "purportedly",
    ]

    /// Words a subject cannot reach back over: "… puisque le JEL a publié" has the subject "le JEL".
    static let subjectStops: Set<String> = [
        "as", "comme", "that", "que", "and", "et", "which", "who", "qui", "puisque", "since", "quand", "lorsque", "car",
        "mais", "but", "after", "when", "while", "although", "though", "where", "où", "après", "alors", "because",
    ]

    /// Pronouns: "he said" credits nobody new.
    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "il", "elle", "ils", "elles", "on", "nous",
        "this", "that", "these", "those", "me", "us", "lui", "eux", "leur", "moi",
    ]
}
