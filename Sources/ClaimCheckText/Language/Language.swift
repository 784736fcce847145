/// A language the figure engine reads.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case english = "en"
    case french = "fr"

    /// A cheap guess between English and French: counts frequent function words and
    /// French accents. Ties and empty text give English.
    ///
    /// - Parameter text: any text; only the first 4,000 Unicode scalars are looked at.
    /// - Returns: `.french` when French cues outnumber English ones, else `.english`.
    public static func detect(_ text: String) -> Language {
        var english = 0
        var french = 0
        var word: [UInt8] = []
        var count = 0
        func finish() {
            if !word.isEmpty {
                let key = String(decoding: word, as: UTF8.self)
                if LanguageCues.english.contains(key) { english += 1 }
                if LanguageCues.french.contains(key) { french += 1 }
                word.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            count += 1
            if count > 4_000 { break }
            let v = scalar.value
            if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) {
                word.append(UInt8(v | 0x20))
            } else {
                finish()
                switch v {
                case 0xE9, 0xE8, 0xEA, 0xE0, 0xE7, 0xF9, 0xEE, 0xF4, 0xE2, 0xFB, 0x153: french += 1
                default: break
                }
            }
        }
        finish()
        return french > english ? .french : .english
    }
}

/// Function words that tell English from French (data for `Language.detect`).
enum LanguageCues {
    static let english: Set<String> = [
        "the", "and", "of", "to", "in", "is", "was", "were", "that", "with", "for", "on", "by",
        "from", "have", "has", "had", "it", "this", "which", "who", "are", "be", "been", "an",
        "than", "up", "at", "as", "or",
    ]
    static let french: Set<String> = [
        "le", "la", "les", "des", "du", "et", "est", "sont", "dans", "pour", "une", "un", "au",
        "aux", "qui", "que", "avec", "sur", "par", "ont", "pas", "plus", "ce", "cette", "il",
        "elle", "moins", "entre", "de",
    ]
}
