/// Word lists for claim finding. Data, not logic.
enum ClaimWords {
    /// Paragraphs that begin with these (lower case) are page furniture, not article text,
    /// even in a plain-text draft where no HTML tells so.
    static let boilerplatePrefixes: [String] = [
        "read also", "read more", "see also", "related:", "related articles", "related stories", "more on this",
        "about the author", "about us", "scroll to top", "back to top", "share this", "share on", "subscribe",
        "sign up", "advertisement", "sponsored", "follow us", "comments", "leave a comment", "tags:", "filed under",
        "à lire aussi", "a lire aussi", "lire aussi", "lire plus", "voir aussi", "sur le même sujet", "publicité",
        "partager", "abonnez-vous", "inscrivez-vous", "retour en haut", "à propos de l'auteur", "commentaires",
        "il vous reste", "get in-depth reporting",
    ]

    /// Words before a quotation that make it a title, not a quote ("the book “…”").
    static let titleCues: Set<String> = [
        "book", "books", "novel", "film", "movie", "documentary", "article", "essay", "report", "titled", "entitled",
        "called", "named", "series", "album", "song", "show", "programme", "program", "play", "campaign", "operation",
        "livre", "roman", "ouvrage", "documentaire", "intitulé", "intitulée", "baptisé", "baptisée", "opération",
        "rapport", "émission", "série",
    ]

    /// First words of a sentence that point back at the previous one ("This was stated…").
    static let anaphoricOpenings: Set<String> = [
        "this", "that", "these", "those", "it", "such", "cela", "ceci", "ce", "c'est", "c’est", "ces", "ça",
    ]

    /// The least number of words a quotation needs to be a quote worth finding in a source;
    /// shorter ones (“diplomats”, “tender”) are scare quotes or terms.
    static let minimumQuoteWords = 3

    /// Counted nouns (singular lemmas) that make a figure a duration, an age or a measure in
    /// passing, not a figure to source: "for five years", "32 ans", "three months".
    static let incidentalHeads: Set<String> = [
        "year", "month", "week", "day", "hour", "minute", "second", "time", "page", "episode", "chapter", "decade",
        "century", "an", "année", "mois", "semaine", "jour", "heure", "seconde", "fois", "siècle", "décennie",
        "épisode", "chapitre", "goal", "game", "match", "assist", "save", "shot", "inning", "lap", "touchdown",
        "wicket", "but", "km", "kilometre", "kilometer", "kilomètre", "mile", "metre", "meter", "mètre", "inch",
    ]

    /// Words of market reports: a sentence with one of `marketNouns` and one of `marketMoves`
    /// ("U.S. crude fell 3.38% to $55.12", "le CAC 40 recule de 0,5 %") reports prices that are
    /// public record, not a claim to source.
    static let marketNouns: Set<String> = [
        "index", "indexes", "indices", "stocks", "shares", "crude", "brent", "bond", "bonds", "yield", "yields",
        "futures", "dollar", "yen", "copper", "gold", "aluminum", "aluminium", "nasdaq", "dow", "s&p", "stoxx", "msci",
        "nikkei", "ftse", "dax", "treasury", "treasuries", "bitcoin", "indice", "bourse", "cac", "actions", "obligations",
        "pétrole", "baril",
    ]

    /// Verbs of a market move (see `marketNouns`).
    static let marketMoves: Set<String> = [
        "rose", "fell", "gained", "lost", "climbed", "slipped", "dropped", "edged", "jumped", "tumbled", "declined",
        "rallied", "slid", "eased", "firmed", "dipped", "surged", "plunged", "advanced", "retreated", "recule",
        "progresse", "gagne", "perd", "cède", "grimpe", "chute", "baisse", "monte", "reculé", "progressé", "gagné",
        "perdu", "cédé", "grimpé", "chuté",
    ]

    /// Modals of a hypothesis or a projection: a figure in "would cost $2,000", "could face up to
    /// 10 years", "pourrait atteindre 3 %" states no fact to check.
    static let hypotheticalModals: Set<String> = [
        "would", "could", "might", "may", "pourrait", "pourraient", "devrait", "devraient",
    ]

    /// Counted nouns (singular lemmas) of a toll: a small count of them is consequential.
    static let tollHeads: Set<String> = [
        "dead", "death", "killed", "victim", "casualty", "injured", "wounded", "fatality", "hostage", "mort", "décès",
        "victime", "blessé", "otage", "tué", "disparu", "missing", "arrest", "arrested", "interpellation",
    ]

    /// Currency words after a figure ("12 euros", "3 million dollars").
    static let currencyWords: [String] = [
        "euro", "euros", "dollar", "dollars", "pound", "pounds", "francs", "franc", "yen", "yuan", "rupees", "roubles",
        "rubles", "eur", "usd", "gbp",
    ]
}
