/// Singular noun lemmas and verb lemmas, English and French, by rule plus the word lists'
/// exceptions.
enum Lemmatizer {
    /// "spies" → "spy", "diplomats" → "diplomat", "agents" → "agent", "journaux" → "journal".
    static func singular(_ word: String, lexicon: Lexicon) -> String {
        let w = word.lowercased()
        if let irregular = lexicon.irregularPlurals[Folding.fold(w)] { return irregular }
        if lexicon.language == .french {
            if w.hasSuffix("eaux") { return String(w.dropLast()) }
            if w.hasSuffix("aux") && w.count > 4 { return String(w.dropLast(3)) + "al" }
            if (w.hasSuffix("s") || w.hasSuffix("x")) && w.count >= 3 && !w.hasSuffix("ss") {
                return String(w.dropLast())
            }
            return w
        }
        if w.count <= 3 { return w }
        if w.hasSuffix("men") && w.count > 5 && !["specimen", "abdomen"].contains(w) {
            return String(w.dropLast(3)) + "man"
        }
        if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
        for suffix in ["sses", "ches", "shes", "xes", "zes"] where w.hasSuffix(suffix) { return String(w.dropLast(2)) }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }

    /// The lemma of an English past participle not in the lexicon: "arrested" → "arrest",
    /// "released" → "release", "stopped" → "stop".
    static func englishParticiple(_ w: String) -> String {
        guard w.hasSuffix("ed"), w.count > 4 else { return w }
        if w.hasSuffix("ied") { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("eed") { return String(w.dropLast()) }  // agreed, freed
        let stem = Array(w.dropLast(2))
        // "stopped", "planned", "banned" lost a doubled consonant; "added", "erred" did not.
        if stem.count >= 4, stem[stem.count - 1] == stem[stem.count - 2], !"lsz".contains(stem.last!) {
            return String(stem.dropLast())
        }
        if let last = stem.last,
            "vzcgu".contains(last) || (last == "s" && stem.count > 1 && "aeiou".contains(stem[stem.count - 2]))
        {
            return String(stem) + "e"
        }
        // A single vowel before a final consonant usually lost an "e": "located", "decided",
        // "scheduled", "secured", "included", "determined" (not "visited", "opened", "gathered").
        if stem.count >= 4 {
            let tail = String(stem.suffix(2))
            let before = stem[stem.count - 3]
            if ["at", "ut", "id", "ud", "iz", "ir", "ur", "ul", "ov", "iv", "av", "in", "ok"].contains(tail),
                !"aeiou".contains(before)
            {
                return String(stem) + "e"
            }
        }
        return String(stem)
    }

    /// The infinitive of a French past participle (folded): "expulses" → "expulser".
    static func frenchParticiple(_ w: String) -> String {
        var s = w
        if s.hasSuffix("s") { s.removeLast() }
        if s.hasSuffix("ee") { s.removeLast() }
        if s.hasSuffix("e") { return String(s.dropLast()) + "er" }
        if s.hasSuffix("ie") { s.removeLast() }
        if s.hasSuffix("i") { return s + "r" }
        return w
    }
}
