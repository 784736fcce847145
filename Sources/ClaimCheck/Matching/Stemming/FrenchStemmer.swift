/// A Snowball-like French stemmer, much reduced, for folded words (no accents): plural "s"/"x",
/// "-aux" → "-al", feminine "e", then one derivational or verbal ending ("-ent" is kept: it
/// ends more nouns shared with English, "document", "agent", than verbs).
///
///     expulses (expulsés), expulser, expulsion → expuls     diplomates → diplomat
///     identifies (identifiés) → identifi                    journaux → journal
enum FrenchStemmer {
    /// Derivational and verbal endings, longest first; each keeps at least four letters
    /// ("espion" stays whole, "expulsion" → "expuls").
    private static let endings: [String] = [
        "issements", "issement", "eraient", "atrices", "ateurs", "ations", "ements", "erions",
        "issant", "atrice", "ateur", "ation", "ement", "aient", "erait", "erons", "eront", "ences",
        "ances", "ismes", "istes", "ables", "euses", "ence", "ance", "isme", "iste", "able", "euse",
        "ions", "ites", "ait", "ant", "era", "ion", "ite", "eur", "ons", "iez", "ez", "er",
        "ir",
    ]

    static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        if let s = Stemmer.strip(w, "eaux", keeping: 2) {
            w = s + Array("eau".utf8)
        } else if let s = Stemmer.strip(w, "aux", keeping: 2) {
            w = s + Array("al".utf8)
        } else if w.last == 115 || w.last == 120, w[w.count - 2] != 115 {
            w.removeLast()
        }
        if w.count > 4, w.last == 101 {
            w.removeLast()
            if w.count > 4, w.last == 101 { w.removeLast() }
        }
        for ending in endings {
            if let s = Stemmer.strip(w, ending, keeping: 4) {
                w = s
                break
            }
        }
        if w.count > 3, w[w.count - 1] == w[w.count - 2], !Stemmer.isVowel(w[w.count - 1]) { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }
}
