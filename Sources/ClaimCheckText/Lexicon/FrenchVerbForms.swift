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
            if infinitive.hasSuffix("yer") {
                // "employer" → "emploie", "emploient", "emploiera": y turns i before a silent e.
                let i = String(stem.dropLast()) + "i"
                forms += ["e", "es", "ent", "era", "eront", "erait", "eraient"].map { i + $0 }
            } else if infinitive.hasSuffix("eter") || infinitive.hasSuffix("eler"), let last = stem.last {
                // "rejeter" → "rejette", "rejettent".
                forms += ["e", "es", "ent", "era", "eront", "erait", "eraient"].map { stem + String(last) + $0 }
            }
            if infinitive.hasSuffix("cevoir") {
                // "recevoir" → "reçoit", "reçoivent", "recevait", "recevra".
                let root = String(infinitive.dropLast(6))
                forms += ["cois", "coit", "coivent", "cevons", "cevait", "cevaient", "cevra", "cevront", "cevrait", "cevraient"].map { root + $0 }
            } else if infinitive.hasSuffix("enir") {
                // "détenir" → "détient", "détiennent", "détiendra".
                let root = String(infinitive.dropLast(4))
                forms += ["iens", "ient", "iennent", "enons", "enait", "enaient", "iendra", "iendront", "iendrait", "iendraient"].map { root + $0 }
            } else if infinitive.hasSuffix("llir") || infinitive.hasSuffix("vrir") || infinitive.hasSuffix("frir") {
                // "accueillir", "ouvrir", "offrir": a present like the -er verbs' ("accueille", "ouvrent").
                forms += ["e", "es", "ent", "ons", "ait", "aient"].map { stem + $0 }
            } else if infinitive.hasSuffix("dre") {
                // "prendre", "perdre", "vendre": the third person singular is the stem ("perd").
                forms.append(stem)
            }
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
