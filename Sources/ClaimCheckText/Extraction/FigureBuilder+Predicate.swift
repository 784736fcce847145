extension FigureBuilder {
    /// The lemma key of the verb governing a figure: first the nearest verb before it in its
    /// clause ("have expelled up to fifty"), else the first after it ("around 50 were
    /// expelled"), skipping a relative clause (", who were…,"). Looks at most 40 tokens away.
    func predicate(first: Int, end: Int, sentence r: Range<Int>) -> String? {
        // A subject ("around 50 were expelled"): its verb follows.
        if end < r.upperBound {
            if let v = verb(at: end, floor: r.lowerBound, pastTenseBefore: true) { return v }
            if lexicon.auxiliaries.contains(tokens[end].key), let v = predicateAfter(end: end, sentence: r) { return v }
        }
        var k = first - 1
        let floor = max(r.lowerBound, first - 40)
        while k >= floor {
            if isClauseBoundary(k) { break }
            if let v = verb(at: k, floor: r.lowerBound, pastTenseBefore: true) {
                // "Officials said eight cases had been diagnosed": reported speech without "that";
                // the figure's own verb follows it.
                if Self.reportingKeys.contains(v), let after = predicateAfter(end: end, sentence: r), !Self.reportingKeys.contains(after) {
                    return after
                }
                return v
            }
            k -= 1
        }
        return predicateAfter(end: end, sentence: r)
    }

    /// Lemma keys of reporting verbs, which govern a clause, not the figure in it.
    static let reportingKeys: Set<String> = [
        "say", "tell", "report", "announce", "state", "confirm", "note", "estimate", "believe", "think",
        "dire", "indiquer", "annoncer", "affirmer", "préciser", "declarer", "déclarer", "confirmer", "estimer", "assurer",
        "expliquer", "souligner",
    ]

    /// The first verb after token `end` in its clause, skipping one relative clause.
    func predicateAfter(end: Int, sentence r: Range<Int>) -> String? {
        var k = end
        let ceiling = min(r.upperBound, end + 40)
        var skippedRelative = false
        while k < ceiling {
            if isClauseBoundary(k) {
                if !skippedRelative, tokens[k].key == ",", k + 1 < ceiling,
                    ["who", "which", "qui", "que", "dont", "lesquels", "lesquelles"].contains(tokens[k + 1].key)
                {
                    skippedRelative = true
                    k += 2
                    while k < ceiling && tokens[k].key != "," { k += 1 }
                    k += 1
                    continue
                }
                break
            }
            if let v = verb(at: k, floor: r.lowerBound) { return v }
            k += 1
        }
        return nil
    }

    static let englishDeterminers: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "of",
    ]
    static let frenchDeterminers: Set<String> = [
        "le", "la", "les", "un", "une", "des", "du", "ce", "cette", "ses", "son", "sa", "leur", "leurs", "l", "de",
    ]
    static let boundaryPunctuation: Set<String> = [",", ";", ":", "(", ")", "–"]
    static let boundaryWords: Set<String> = [
        "that", "which", "who", "whom", "where", "when", "because", "while", "although", "but", "que", "qu",
        "qui", "dont", "lorsque", "quand", "mais", "parce", "tandis", "according", "selon",
    ]

    func isClauseBoundary(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .punctuation { return Self.boundaryPunctuation.contains(t.key) }
        return Self.boundaryWords.contains(t.key)
    }

    /// The verb key at token `k`, if `k` is a verb form.
    /// `pastTenseBefore`: an English "-ed" word before the figure is a verb even without an
    /// auxiliary ("Police located 40 people"), unless a determiner precedes it ("the injured").
    func verb(at k: Int, floor: Int, pastTenseBefore: Bool = false) -> String? {
        let t = tokens[k]
        guard t.kind == .word, t.key.count > 2 else { return nil }
        let w = t.key
        let english = lexicon.language == .english
        let prev = k - 1 >= floor ? tokens[k - 1].key : ""
        let determiners = english ? Self.englishDeterminers : Self.frenchDeterminers
        if let key = lexicon.verbs[w] {
            let isBareOrS = english ? (w == key || w.hasSuffix("s")) : false
            let isInfinitive = !english && (w.hasSuffix("er") || w.hasSuffix("ir") || w.hasSuffix("re"))
            if determiners.contains(prev) && (isBareOrS || !english) && !(isInfinitive && ["de", "d"].contains(prev)) {
                return nil
            }
            if english && !determiners.contains(prev) && isBareOrS && Folding.isUpper(scalars[t.start]) { return nil }
            return key
        }
        // French infinitive after "de"/"à"/a modal: "prévoit de supprimer jusqu'à 1 500 emplois".
        if !english && pastTenseBefore && w.count > 4 && (w.hasSuffix("er") || w.hasSuffix("ir") || w.hasSuffix("re"))
            && ["de", "d", "a", "pour", "va", "vont", "peut", "peuvent", "doit", "doivent", "veut", "veulent"].contains(
                prev)
            && !lexicon.stopWords.contains(w)
        {
            return w
        }
        if english && pastTenseBefore && w.hasSuffix("ed") && w.count > 4 && !determiners.contains(prev)
            && !lexicon.stopWords.contains(w) && lexicon.numberWords[w] == nil
        {
            return Lemmatizer.englishParticiple(w)
        }
        guard afterAuxiliary(k, floor: floor) else { return nil }
        if english {
            return w.hasSuffix("ed") && lexicon.numberWords[w] == nil ? Lemmatizer.englishParticiple(w) : nil
        }
        if ["e", "ee", "es", "ees", "i", "ie", "is", "ies"].contains(where: { w.hasSuffix($0) }),
            !lexicon.stopWords.contains(w)
        {
            return Lemmatizer.frenchParticiple(w)
        }
        return nil
    }

    /// Whether an auxiliary comes within two tokens before `k` (adverbs in between allowed).
    func afterAuxiliary(_ k: Int, floor: Int) -> Bool {
        var j = k - 1
        var steps = 0
        while j >= floor && steps < 3 {
            let w = tokens[j].key
            if lexicon.auxiliaries.contains(w) { return true }
            guard tokens[j].kind == .word,
                w.hasSuffix("ly") || w.hasSuffix("ment") || w == "not" || w == "pas"
                    || w == "been" || w == "ete"
            else { return false }
            j -= 1
            steps += 1
        }
        return false
    }
}
