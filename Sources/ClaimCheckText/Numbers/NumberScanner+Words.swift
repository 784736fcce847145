extension NumberScanner {
    /// A number written in words, possibly mixed with digits ("4 thousand 3 hundred"),
    /// with its fraction, ordinal, decimal ("point") and mixed ("and a half") forms.
    func wordNumber(at i: Int) -> NumberMention? {
        let k = key(i)
        // Article + scale or fraction: "a hundred", "a dozen", "a third", "a twenty-first".
        if lexicon.articles.contains(k) && numberWord(i) == nil {
            let next = key(i + 1)
            let nw = numberWord(i + 1)
            let isScale = nw.map { $0.role == .hundred || $0.role == .scale || $0.role == .dozen } ?? false
            let isFractional =
                lexicon.denominators[next] != nil || lexicon.ordinals[next] != nil
                || (nw?.role == .tens && isPunct(i + 2, "-"))
            guard isScale || isFractional else { return nil }
            var c = Cardinal()
            c.group = 1
            c.record(.unit, 1, at: i, end: i + 1)
            return continueCardinal(c, at: i + 1)
        }
        // "half", "quarter", "demi", "la moitié".
        if let d = lexicon.denominators[k] {
            if k == "quarter" || k == "quarters" || k == "tiers" || k == "quart" || k == "quarts" {
                // "quarter" alone is a quarter of something only before a scale.
                guard let s = numberWord(i + 1), s.role == .scale else { return nil }
            }
            var m = NumberMention(start: i, end: i + 1, value: 1 / d, reading: .fraction, numberValue: 1 / d)
            applyScale(&m)
            return m
        }
        if k == "moitie" {
            let start = i > floor && ["la", "une"].contains(key(i - 1)) ? i - 1 : i
            return NumberMention(start: start, end: i + 1, value: 0.5, reading: .fraction, numberValue: 0.5)
        }
        if numberWord(i) != nil {
            return continueCardinal(Cardinal(), at: i)
        }
        if let o = lexicon.ordinals[k] {
            return NumberMention(start: i, end: i + 1, value: o, reading: .ordinal, ordinalValue: o)
        }
        return nil
    }

    /// Reads number words from `j` on, starting from state `c`; then the endings.
    func continueCardinal(_ start: Cardinal, at j0: Int) -> NumberMention? {
        var c = start
        var j = j0
        while j < limit {
            let t = tokens[j]
            if t.kind == .punctuation && t.key == "-" && c.last != nil {
                if numberWord(j + 1) != nil || lexicon.ordinals[key(j + 1)] != nil {
                    j += 1
                    continue
                }
                break
            }
            if t.kind == .word && t.key == lexicon.connector && c.last != nil && connectorAllowed(c, at: j + 1) {
                j += 1
                continue
            }
            if t.kind == .digits && c.elements > 0 && (c.last == .hundred || c.last == .scale)
                && !(isKind(j + 1, .punctuation) && attached(j + 1) && isKind(j + 2, .digits))
            {
                let v = digitValue(j)
                let cap = c.last == .hundred ? 100 : c.lastScale
                guard v < cap, !(isKind(j + 1, .word) && attached(j + 1)) else { break }
                c.group += v
                c.record(.unit, v, at: j, end: j + 1)
                j += 1
                continue
            }
            guard t.kind == .word, let w = lexicon.numberWords[t.key], accept(w, key: t.key, into: &c, at: j)
            else { break }
            j += 1
            if w.role == .dozen { break }
        }
        guard c.elements > 0, c.previousEnd > 0 else { return nil }
        // A lone scale word that was not accepted leaves nothing.
        var m = NumberMention(
            start: c.first, end: c.previousEnd, value: c.value, reading: .cardinal, numberValue: c.value)
        if c.last == .scale { m.scale = c.lastScale }
        if c.elements == 1, ["one", "un", "une"].contains(key(c.first)) { m.isLoneOne = true }
        return endings(of: c, mention: m)
    }

    /// Whether "and"/"et" at the previous index joins two parts of one number.
    func connectorAllowed(_ c: Cardinal, at next: Int) -> Bool {
        let nextWord = numberWord(next)
        // "4 hundred and 5 hundred", "two thousand and three thousand": "and" joins two numbers
        // when the part after it climbs to a multiplier the first already used.
        var after = next + 1
        if nextWord?.role == .tens, isPunct(after, "-"), numberWord(after + 1)?.role == .unit { after += 2 }
        if let m = numberWord(after), isKind(next, .digits) || nextWord != nil {
            if m.role == .hundred && (c.hundredInGroup || c.last == .hundred) { return false }
            if m.role == .scale && c.lastScale != 0 && m.value >= c.lastScale { return false }
        }
        // Adding zero is never part of a number: "3 hundred and 0" is two numbers.
        if isKind(next, .digits) && digitValue(next) == 0 || nextWord.map({ $0.value == 0 && $0.role == .unit }) == true
        {
            return false
        }
        if isFrench {
            if c.last == .tens {
                return ["un", "une", "onze", "unieme"].contains(key(next))
            }
            if c.last == .scale || c.last == .hundred {
                if isKind(next, .digits) { return !isFractionAhead(next) }
                return nextWord != nil && nextWord?.role != .scale && !isFractionAhead(next)
            }
            return false
        }
        guard c.last == .hundred || c.last == .scale else { return false }
        if isKind(next, .digits) { return !isFractionAhead(next) }
        guard let w = nextWord, w.role == .unit || w.role == .teen || w.role == .tens else { return false }
        return !isFractionAhead(next)
    }

    /// Whether a fraction ("three fifths", "a half") starts at `i`.
    func isFractionAhead(_ i: Int) -> Bool {
        var k = i
        if lexicon.articles.contains(key(k)) || numberWord(k)?.role == .unit { k += 1 }
        if k == i { return false }
        let w = key(k)
        return lexicon.denominators[w] != nil || pluralOrdinal(w) != nil || lexicon.ordinals[w] != nil
    }

    /// Applies one number word to the state; false if it cannot continue this number.
    func accept(_ w: NumberWord, key k: String, into c: inout Cardinal, at j: Int) -> Bool {
        switch w.role {
        case .unit:
            let d = w.value
            let ok: Bool
            switch c.last {
            case nil, .hundred?, .scale?: ok = true
            case .tens?: ok = d > 0 && (c.lastElement.role == .tens)
            case .teen?: ok = isFrench && c.lastValue == 10 && d >= 7
            default: ok = false
            }
            guard ok else { return false }
            c.group += d
        case .teen:
            let ok: Bool
            switch c.last {
            case nil, .hundred?, .scale?: ok = true
            case .tens?: ok = isFrench && (c.lastValue == 60 || c.lastValue == 80)
            default: ok = false
            }
            guard ok else { return false }
            c.group += w.value
        case .tens:
            if isFrench && w.value == 20 && c.last == .unit && c.lastValue == 4 {
                c.group += 76
                c.record(.tens, 80, at: j, end: j + 1)
                return true
            }
            switch c.last {
            case nil, .hundred?, .scale?: break
            default: return false
            }
            c.group += w.value
        case .hundred:
            if c.hundredInGroup { return false }
            switch c.last {
            case nil:
                guard isFrench && k == "cent" else { return false }
                c.group = 100
            case .scale?:
                c.group += 100
            case .unit?, .teen?, .tens?:
                c.group *= 100
            default: return false
            }
            c.hundredInGroup = true
        case .scale:
            let s = w.value
            if c.last == nil {
                guard isFrench && (k == "mille" || k == "mil") else { return false }
                c.group = 1
            }
            if c.group == 0 {
                // "thousand million", "crore lakh": a scale of a scale multiplies.
                guard c.last == .scale else { return false }
                c.total *= s
            } else if c.lastScale != 0 && s >= c.lastScale {
                c.total = (c.total + c.group) * s
            } else {
                c.total += c.group * s
            }
            c.group = 0
            c.lastScale = s
            c.hundredInGroup = false
        case .dozen:
            guard c.last != nil, c.last != .dozen, c.last != .scale else { return false }
            c.group = c.group - c.lastValue + c.lastValue * 12
        }
        c.record(w.role, w.value, at: j, end: j + 1)
        return true
    }

    /// "fifths" → 5, "cinquièmes" → 5: a plural ordinal used as a denominator.
    func pluralOrdinal(_ k: String) -> Double? {
        guard k.hasSuffix("s"), k.count > 3 else { return nil }
        return lexicon.ordinals[String(k.dropLast())]
    }

    /// Multiplies by a scale word after a fraction: "half million", "un demi-million",
    /// "half a million", "three quarters of a billion", "deux tiers d'un milliard".
    func applyScale(_ m: inout NumberMention) {
        var k = m.end
        if isPunct(k, "-"), attached(k), attached(k + 1), numberWord(k + 1)?.role == .scale {
            k += 1
        } else {
            var n = k
            if ["of", "de"].contains(key(n)) {
                n += 1
            } else if key(n) == "d", isPunct(n + 1, "'") {
                n += 2
            }
            // The article before the scale is "a"/"un" only: "half a million", "three quarters of a billion".
            if lexicon.articles.contains(key(n)), numberWord(n) == nil || isFrench, numberWord(n + 1)?.role == .scale {
                n += 1
            }
            if n > k, numberWord(n)?.role == .scale { k = n }
        }
        if let s = numberWord(k), s.role == .scale {
            m.value *= s.value
            m.numberValue = m.value
            m.end = k + 1
            m.scale = s.value
            m.reading = .cardinal
        }
    }
}
