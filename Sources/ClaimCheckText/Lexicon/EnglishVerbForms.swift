/// Generates the inflected forms of the English verb list: form (folded) → key.
enum EnglishVerbForms {
    static func table(_ list: String) -> [String: String] {
        var out: [String: String] = [:]
        for item in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var entry = String(item)
            var key: String?
            if let gt = entry.firstIndex(of: ">") {
                key = String(entry[entry.index(after: gt)...])
                entry = String(entry[..<gt])
            }
            let parts = entry.split(separator: "/").map(String.init)
            let lemma = parts[0]
            let k = key ?? lemma
            var forms = [lemma, thirdPerson(lemma), ing(lemma)]
            if parts.count > 1 { forms += parts.dropFirst() } else { forms.append(past(lemma)) }
            for f in forms where out[f] == nil { out[f] = k }
        }
        return out
    }

    static func thirdPerson(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("sh") || w.hasSuffix("ch") || w.hasSuffix("x") || w.hasSuffix("z")
            || w.hasSuffix("o")
        {
            return w + "es"
        }
        if w.hasSuffix("y"), let p = w.dropLast().last, !"aeiou".contains(p) { return w.dropLast() + "ies" }
        return w + "s"
    }

    static func past(_ w: String) -> String {
        if w.hasSuffix("e") { return w + "d" }
        if w.hasSuffix("y"), let p = w.dropLast().last, !"aeiou".contains(p) { return w.dropLast() + "ied" }
        return w + "ed"
    }

    static func ing(_ w: String) -> String {
        if w.hasSuffix("ie") { return w.dropLast(2) + "ying" }
        if w.hasSuffix("e") && !w.hasSuffix("ee") { return w.dropLast() + "ing" }
        return w + "ing"
    }
}
