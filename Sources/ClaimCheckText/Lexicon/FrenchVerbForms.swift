/// Generates the inflected forms of the French verb list (present, imperfect, passé simple,
/// future, conditional, participles): folded form → English key.
enum FrenchVerbForms {
    static func table(_ list: String) -> [String: String] {
        var out: [String: String] = [:]
        for item in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var entry = String(item)
            var key = ""
            if let gt = entry.firstIndex(of: ">") {
                key = String(entry[entry.index(after: gt)...])
                entry = String(entry[..<gt])
            }
            let parts = entry.split(separator: "/").map { Folding.fold(String($0)) }
            let infinitive = parts[0]
            if key.isEmpty { key = infinitive }
            var forms = [infinitive]
            let stem = String(infinitive.dropLast(2))
            if infinitive.hasSuffix("er") {
                forms += [
                    "e", "es", "ent", "ons", "ez", "ee", "ees", "ait", "aient", "a", "erent", "era", "eront", "ant",
                    "ai",
                    "ais", "erait", "eraient",
                ].map { stem + $0 }
            } else if infinitive.hasSuffix("ir") {
                forms += [
                    "i", "ie", "is", "ies", "it", "issent", "issait", "issaient", "irent", "ira", "iront", "issant", "irait", "iraient",
                ]
                .map { stem + $0 }
            } else if infinitive.hasSuffix("re") {
                forms += ["s", "t", "ent", "ait", "aient", "ra", "ront", "rait", "raient"].map { stem + $0 }
            }
            for participle in parts.dropFirst() {
                forms += [participle, participle + "e", participle + "s", participle + "es"]
            }
            for f in forms where out[f] == nil { out[f] = key }
        }
        return out
    }
}
