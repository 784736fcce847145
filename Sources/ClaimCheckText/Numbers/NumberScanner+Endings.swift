extension NumberScanner {
    /// What may follow a cardinal read in words: an ordinal or fraction denominator
    /// ("twenty-fifth", "three fifths"), a mixed fraction ("and a half"), a decimal part
    /// ("point seventy-one") or a scale after a fraction.
    func endings(of c: Cardinal, mention m0: NumberMention) -> NumberMention {
        var m = m0
        var j = m.end
        // "a twenty-first", "un vingt-cinquième", "twenty twenty fifths": numerator, compound ordinal.
        if c.elements == 1, c.last == .unit || c.last == .tens, let (o, end) = compoundOrdinal(at: j) {
            m.value = c.value / o
            m.numberValue = m.value
            m.reading = .fraction
            m.end = end
            m.isLoneOne = false
            return m
        }
        // "one one-hundred-and-fifth": a numerator, then an ordinal written with a scale.
        if c.elements == 1, c.last == .unit, numberWord(j) != nil, let o = wordNumber(at: j), o.reading == .ordinal,
            let rank = o.ordinalValue, rank >= 2, c.value > 0
        {
            m.value = c.value / rank
            m.numberValue = m.value
            m.reading = .fraction
            m.end = o.end
            m.isLoneOne = false
            return m
        }
        // "one hundred and fifth": an ordinal after "and".
        if !isFrench, key(j) == lexicon.connector, c.last == .hundred || c.last == .scale,
            let o = lexicon.ordinals[key(j + 1)], o < 100
        {
            m.value = c.value + o
            m.reading = .ordinal
            m.ordinalValue = m.value
            m.numberValue = nil
            m.end = j + 2
            m.isLoneOne = false
            return m
        }
        // Ordinal or denominator right after, possibly after "-" or French "et" (vingt et unième).
        var k = j
        if isPunct(k, "-") || (isFrench && key(k) == "et" && key(k + 1) == "unieme") { k += 1 }
        let w = key(k)
        if isKind(k, .word), let (o, plural, isDenominatorOnly) = ordinalOrDenominator(w) {
            var ordinal: Double?
            if !isDenominatorOnly && !plural {
                if o >= 100 {
                    ordinal = (c.value == 0 ? 1 : c.value) * o
                } else if c.last == .tens || c.last == .hundred || c.last == .scale {
                    ordinal = c.value + o
                } else if isFrench && c.last == .unit && c.lastValue == 4 && o == 20 {
                    ordinal = c.value - 4 + 80
                }
            }
            // "dix-huitième(s)": 18th, never ten eighths.
            let frenchTeenOrdinal =
                isFrench && !isDenominatorOnly && c.last == .teen && c.lastValue == 10 && o >= 7 && o <= 9
            if frenchTeenOrdinal { ordinal = c.value + o }
            var fraction: Double?
            if o >= 2 && o < 1e6 && !(w.hasPrefix("second") && !isFrench) && !frenchTeenOrdinal {
                var numerator = c.value
                var denominator = o
                if o < 10, c.last == .tens, c.elements >= 2, let before = c.elementBefore, before.role != .tens {
                    numerator -= c.lastValue
                    denominator += c.lastValue
                }
                if numerator > 0 { fraction = numerator / denominator }
            }
            var numeratorIsOne = c.elements == 1 && c.value == 1
            // "a third portion" is a rank; "a third of the budget" a fraction.
            if numeratorIsOne, !plural, !isDenominatorOnly, lexicon.articles.contains(key(c.first)), !isFrench,
                isKind(k + 1, .word), !["of", "and", "or"].contains(key(k + 1))
            {
                numeratorIsOne = false
                ordinal = o
                m.start = k  // the article is not part of the rank
                fraction = nil
            }
            if let f = fraction, plural || isDenominatorOnly || numeratorIsOne || ordinal == nil {
                m.value = f
                m.reading = .fraction
                m.numberValue = f
                m.ordinalValue = ordinal
                m.end = k + 1
                m.isLoneOne = false
                m.scale = nil
                applyScale(&m)
                return m
            }
            if let o = ordinal {
                m.value = o
                m.reading = .ordinal
                m.ordinalValue = o
                m.numberValue = fraction
                m.end = k + 1
                m.isLoneOne = false
                return m
            }
        }
        // Mixed fraction: "one and a half", "3 million and a quarter", "trois et un cinquième".
        if key(j) == lexicon.connector, let (f, end) = simpleFraction(at: j + 1) {
            let base = c.value
            var v = c.last == .scale && c.group == 0 ? base + f * c.lastScale : base + f
            var e = end
            if let s = numberWord(end), s.role == .scale {
                // "seven and a half million" multiplies the whole; "three million and a half
                // thousand" (a scale already read) adds the fraction of the smaller scale.
                v = c.lastScale != 0 && s.value < c.lastScale ? base + f * s.value : (base + f) * s.value
                m.scale = s.value
                e = end + 1
            }
            m.value = v
            m.numberValue = v
            m.reading = .fraction
            m.end = e
            m.isLoneOne = false
            return m
        }
        // Decimal words: "two hundred point seventy-one", "nine point nought four".
        if key(j) == lexicon.decimalPoint, isKind(j + 1, .word), numberWord(j + 1) != nil {
            var digits = ""
            var k = j + 1
            while k < limit, let w = numberWord(k), w.role == .unit || w.role == .teen || w.role == .tens {
                guard let part = continueCardinal(Cardinal(), at: k), part.reading == .cardinal else { break }
                let v = Int(part.value)
                digits += String(v)
                k = part.end
                if digits.count > 20 { break }
            }
            if !digits.isEmpty, let f = Double("0." + digits) {
                m.value = c.value + f
                m.numberValue = m.value
                m.end = k
                m.isLoneOne = false
                return m
            }
        }
        _ = j
        j = m.end
        return m
    }

    /// An ordinal (singular or plural) or a pure denominator word: value, plural, denominator-only.
    func ordinalOrDenominator(_ w: String) -> (Double, Bool, Bool)? {
        if let d = lexicon.denominators[w] { return (d, w.hasSuffix("s") && w != "tiers", true) }
        if let o = lexicon.ordinals[w] { return (o, false, false) }
        if let o = pluralOrdinal(w) { return (o, true, false) }
        return nil
    }

    /// A tens word joined to a unit ordinal: "twenty-first", "vingt-et-unième", "twenty fifths".
    func compoundOrdinal(at j: Int) -> (Double, Int)? {
        guard let t = numberWord(j), t.role == .tens else { return nil }
        var k = j + 1
        var steps = 0
        while steps < 3, ["-", "et", "and"].contains(key(k)) {
            k += 1
            steps += 1
        }
        let w = key(k)
        guard isKind(k, .word), let (o, _, denominatorOnly) = ordinalOrDenominator(w), !denominatorOnly, o < 10 else {
            return nil
        }
        return (t.value + o, k + 1)
    }

    /// "a half", "a quarter", "three fifths", "demi", "un cinquième" after "and"/"et".
    func simpleFraction(at i: Int) -> (Double, Int)? {
        let k = key(i)
        if let d = lexicon.denominators[k] { return (1 / d, i + 1) }  // "et demi"
        if numberWord(i) != nil, let m = wordNumber(at: i), m.reading == .fraction, m.value < 1 {
            return (m.value, m.end)
        }
        var numerator = 0.0
        if lexicon.articles.contains(k) {
            numerator = 1
        } else if let w = numberWord(i), w.role == .unit {
            numerator = w.value
        } else {
            return nil
        }
        let next = key(i + 1)
        guard let (d, _, _) = ordinalOrDenominator(next), d >= 2, d < 1e6 else { return nil }
        return (numerator / d, i + 2)
    }
}
