import ClaimCheckText

/// Light suffix-stripping stemmers for English and French, so that "expelled", "expels" and
/// "expel" (or "expulsés", "expulser", "expulsion") index as one term.
///
/// They work on folded words (lower case, no diacritics, as `Token.key` gives them) and aim
/// at consistency, not at real roots: "identified" → "identifi", "diplomates" → "diplomat".
/// Words of three letters or fewer are left alone.
public enum Stemmer {
    /// The stem of a folded word in a language.
    public static func stem(_ word: String, language: Language) -> String {
        switch language {
        case .english: return EnglishStemmer.stem(word)
        case .french: return FrenchStemmer.stem(word)
        }
    }

    /// `word` without `suffix` when it ends with it and at least `keeping` letters remain.
    static func strip(_ word: [UInt8], _ suffix: String, keeping: Int) -> [UInt8]? {
        let s = Array(suffix.utf8)
        guard word.count >= s.count + keeping, word.suffix(s.count).elementsEqual(s) else { return nil }
        return Array(word.dropLast(s.count))
    }

    static func isVowel(_ c: UInt8) -> Bool {
        c == 97 || c == 101 || c == 105 || c == 111 || c == 117 || c == 121
    }
}
