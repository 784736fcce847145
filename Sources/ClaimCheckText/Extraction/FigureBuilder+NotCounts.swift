extension FigureBuilder {
    /// Whether a four-digit number is a year: after a date cue ("in 2016") or when it does not
    /// count a plural noun and is not hedged. A cue that ends a comparison ("supérieur à 1000",
    /// "greater than or equal to 1500") is the comparison's, not a date's; a hedge that opens
    /// with a cue ("à partir de 2015", "jusqu'à 2016") keeps the year.
    func isYear(_ m: NumberMention, hedged: Bool, hedgeStart: Int? = nil, limit: Int) -> Bool {
        guard m.bareDigits == 4, m.reading == .cardinal, !m.isPercent, m.value >= 1000, m.value <= 2100 else {
            return false
        }
        let prev = key(m.start - 1, limit)
        if lexicon.dateCues.contains(prev) || lexicon.months[prev] != nil {
            let cueIsComparisons = hedgeStart.map { $0 < m.start - 1 && !lexicon.dateCues.contains(key($0, limit)) }
            if cueIsComparisons != true { return true }
        }
        if hedged { return false }
        if m.end < limit, tokens[m.end].kind == .word {
            let next = tokens[m.end].key
            if !lexicon.stopWords.contains(next)
                && (next.hasSuffix("s") || (lexicon.language == .french && next.hasSuffix("x")))
                && !next.hasSuffix("ss")
            {
                return false
            }
            if let singular = lexicon.irregularPlurals[next], singular != next { return false }
        }
        return true
    }

    /// "5 p.m.", "10am", "14h30", "14:30", "à 9 heures": a time of day, not a count.
    func isClockTime(_ m: NumberMention, limit: Int) -> Bool {
        guard m.reading == .cardinal, !m.isPercent, m.value >= 0, m.value <= 59, m.bareDigits != nil else {
            return false
        }
        // Minutes: "12:30", "14h30".
        if m.start >= 2, [":", "h"].contains(key(m.start - 1, limit)), tokens[m.start].isAttached,
            tokens[m.start - 1].isAttached, tokens[m.start - 2].kind == .digits
        {
            return true
        }
        guard m.value <= 24 else { return false }
        let next = key(m.end, limit)
        if ["am", "pm"].contains(next) { return true }
        if ["a", "p"].contains(next), key(m.end + 1, limit) == ".", key(m.end + 2, limit) == "m" { return true }
        if lexicon.language == .french, next == "h", m.end < limit, tokens[m.end].isAttached { return true }
        if lexicon.language == .french, ["heure", "heures"].contains(next), m.start > 0,
            ["a", "vers", "des", "jusqu'a", "depuis"].contains(key(m.start - 1, limit))
        {
            return true
        }
        if next == ":", m.end + 1 < limit, tokens[m.end + 1].kind == .digits, tokens[m.end + 1].isAttached,
            tokens[m.end].isAttached
        {
            return true
        }
        return false
    }

    /// "G7", "COVID-19", "SCP-173", "No. 10", "#5": a name or label, not a count.
    func isIdentifier(_ m: NumberMention) -> Bool {
        let i = m.start
        guard i > 0 else { return false }
        let prev = tokens[i - 1]
        if tokens[i].isAttached {
            if prev.kind == .word || prev.key == "#" { return true }
            if prev.key == "-" && prev.isAttached && i >= 2 && tokens[i - 2].kind == .word { return true }
            // "No. 10"
        }
        if prev.key == "#" || prev.key == "n°" { return true }
        if isNamedNumber(m) { return true }
        if prev.key == ".", prev.isAttached, i >= 2, ["no", "nos", "nr"].contains(tokens[i - 2].key),
            Folding.isUpper(scalars[tokens[i - 2].start])
        {
            return true
        }
        return false
    }

    /// "one of them", "the one", "which one", and French "un/une" alone: not a count.
    func isPronounOne(_ m: NumberMention, limit: Int) -> Bool {
        if lexicon.language == .french { return true }
        if lexicon.oneFollowers.contains(key(m.end, limit)) { return true }
        if lexicon.oneDeterminers.contains(key(m.start - 1, limit)) { return true }
        // "one" followed by nothing nominal: "one had been hired".
        guard m.end < limit, tokens[m.end].kind == .word else { return true }
        return lexicon.stopWords.contains(tokens[m.end].key) || lexicon.auxiliaries.contains(tokens[m.end].key)
    }

    /// "a half century", "half an hour", "a quarter century", "un demi-siècle": a fraction word
    /// that modifies a singular noun names a span, it does not count ("half the voters" and
    /// "half of voters" still do).
    func isFractionModifier(_ m: NumberMention, limit: Int) -> Bool {
        guard m.reading == .fraction, !m.isPercent, m.scale == nil, m.end - m.start <= 2,
            lexicon.denominators[key(m.end - 1, limit)] != nil
        else { return false }
        var k = m.end
        if key(k, limit) == "-", k + 1 < limit, tokens[k].isAttached, tokens[k + 1].isAttached {
            k += 1
        } else if lexicon.language == .english, lexicon.articles.contains(key(k, limit)) {
            k += 1  // "half an hour", "half a century"
        }
        guard k < limit, tokens[k].kind == .word else { return false }
        let w = tokens[k].key
        if lexicon.stopWords.contains(w) || lexicon.numberWords[w] != nil || lexicon.auxiliaries.contains(w)
            || lexicon.verbs[w] != nil
        {
            return false
        }
        if lexicon.language == .english { return !isPluralNoun(w) }
        return !(w.hasSuffix("s") || w.hasSuffix("x"))
    }

    /// "Python 3 is…", "Thunderbolt 3.", "Figure 5:", "Day 23", "Series 3 38mm", "the Python 3
    /// port": a capitalised name (not a month, weekday, number or function word) right before a
    /// bare integer is a version or a label, not a count, when no plural noun follows (a count
    /// above one counts a plural). As the sentence's first word, the name is a label only before
    /// punctuation or an auxiliary ("Figure 5:", "Thunderbolt 3 is staying"), and not a verb in
    /// -ing ("Turning 65 was …").
    func isNamedNumber(_ m: NumberMention) -> Bool {
        let i = m.start
        guard m.bareDigits != nil, m.reading == .cardinal, !m.isPercent, i >= 1 else { return false }
        let prev = tokens[i - 1]
        guard prev.kind == .word, !tokens[i].isAttached, Folding.isUpper(scalars[prev.start]),
            !lexicon.stopWords.contains(prev.key), lexicon.months[prev.key] == nil,
            lexicon.prefixHedges.match(backwardFrom: i, in: tokens, floor: 0) == nil,
            lexicon.dateCues.contains(prev.key) == false, lexicon.numberWords[prev.key] == nil
        else { return false }
        let next = m.end < tokens.count ? tokens[m.end] : nil
        // The name is the first word of its sentence: a label only when punctuation or an
        // auxiliary follows ("Thunderbolt 3 is staying.", "Figure 5: …"); "Police 3…" is rare.
        let opensSentence = i < 2 || tokens[i - 2].kind == .punctuation && [".", "!", "?", ":", "\"", "«", "“"].contains(tokens[i - 2].key)
        if opensSentence {
            // "Turning 65 was …": a verb, not a name.
            guard let next, !prev.key.hasSuffix("ing") else { return false }
            return next.kind == .punctuation && next.key != "," && next.key != "%" || next.kind == .word && lexicon.auxiliaries.contains(next.key)
        }
        guard let next else { return true }
        if next.kind == .punctuation { return true }
        if next.kind == .digits { return true }
        if next.kind == .word {
            if lexicon.stopWords.contains(next.key) || lexicon.auxiliaries.contains(next.key) { return true }
            // "the Apple Watch Series 3 right now": a count above one counts a plural noun.
            if m.value != 1, !Folding.isUpper(scalars[next.start]), lexicon.numberWords[next.key] == nil,
                lexicon.language == .english ? !isPluralNoun(next.key) : !(next.key.hasSuffix("s") || next.key.hasSuffix("x"))
            {
                return true
            }
        }
        return false
    }

    /// "26.", "(1)", "2009;170:650-6.": a sentence of numbers and punctuation only that is a
    /// numbered label (one number closed by "." or ")") or a reference (with ";") states no
    /// count; "1000 - 5000" or ">10" alone still does.
    func isNumbersOnly(_ r: Range<Int>) -> Bool {
        let t = tokens[r]
        guard !t.contains(where: { $0.kind == .word || $0.kind == .url || $0.kind == .email }) else { return false }
        if t.contains(where: { $0.key == ";" }) { return true }
        let numbers = t.filter { $0.kind == .digits }.count
        guard numbers == 1, let last = t.last else { return false }
        return last.key == "." || last.key == ")"
    }
}
