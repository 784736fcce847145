/// A Porter-like English stemmer, much reduced: plurals, "-ed"/"-ing", final "y" → "i",
/// a few derivational endings, a final "e" and a final double consonant.
///
///     expelled, expels, expelling → expel     spies, spy → spi
///     identified, identifies → identifi      organisation, organize → organiz
enum EnglishStemmer {
    /// Derivational endings replaced by a shorter form, longest first.
    private static let derivations: [(String, String)] = [
        ("izations", "iz"), ("isations", "iz"), ("ization", "iz"), ("isation", "iz"),
        ("ations", "at"), ("ation", "at"), ("nesses", ""), ("ness", ""), ("ments", ""), ("ment", ""),
        ("fully", ""), ("ful", ""), ("ously", "ous"), ("ively", "ive"), ("ally", "al"),
    ]

    static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        if w.count == 3, w[2] == 121, !Stemmer.isVowel(w[1]) { return String(decoding: w.prefix(2) + [105], as: UTF8.self) }
        guard w.count > 3, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        // Plurals and third person.
        if let s = Stemmer.strip(w, "sses", keeping: 1) {
            w = s + Array("ss".utf8)
        } else if let s = Stemmer.strip(w, "ies", keeping: 2) {
            w = s + [105]
        } else if w.last == 115, w.count > 3, ![115, 117].contains(w[w.count - 2]),
            !(w[w.count - 2] == 105 && w.count <= 5)
        {
            w.removeLast()
        }
        // Past tense and gerund, when a vowel remains.
        for suffix in ["ied", "eed", "ed", "ing"] {
            guard let s = Stemmer.strip(w, suffix, keeping: 2) else { continue }
            if suffix == "ied" {
                w = s + [105]
            } else if suffix == "eed" {
                w = s + [101, 101]
            } else if s.contains(where: Stemmer.isVowel) {
                w = s
            }
            break
        }
        // Final y after a consonant.
        if w.count > 3, w.last == 121, !Stemmer.isVowel(w[w.count - 2]) { w[w.count - 1] = 105 }
        for (suffix, replacement) in derivations {
            if let s = Stemmer.strip(w, suffix, keeping: 3) {
                w = s + Array(replacement.utf8)
                break
            }
        }
        if w.count > 4, w.last == 101 { w.removeLast() }
        if w.count > 3, w[w.count - 1] == w[w.count - 2], !Stemmer.isVowel(w[w.count - 1]) { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }
}
