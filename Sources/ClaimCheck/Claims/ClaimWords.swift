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
}
