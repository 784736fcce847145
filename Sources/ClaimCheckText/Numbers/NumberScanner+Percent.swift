extension NumberScanner {
    /// The index after a percent sign or word following a number ("12 %", "12.5 per cent").
    func percentSuffix(at i: Int) -> Int? {
        guard i < limit else { return nil }
        if let (_, end) = lexicon.percentWords.match(forwardFrom: i, in: tokens, limit: limit) {
            return end
        }
        return nil
    }

    /// "percent of twenty", "pourcentage de vingt".
    func percentPrefixed(at i: Int) -> NumberMention? {
        guard let (_, end) = lexicon.percentPrefixes.match(forwardFrom: i, in: tokens, limit: limit),
            var m = signed(at: end)
        else { return nil }
        m.start = i
        m.isPercent = true
        return m
    }

    /// "one over three", "1 sur trois", "one out of three": a fraction when the second number
    /// ends the phrase (not "2000 over 3 years").
    func overFraction(after m: NumberMention) -> NumberMention? {
        if let r = ratio(after: m) { return r }
        guard m.reading == .cardinal, !m.isPercent,
            let (_, end) = lexicon.fractionWords.match(forwardFrom: m.end, in: tokens, limit: limit),
            let d = signed(at: end), d.reading == .cardinal, d.value != 0, !d.isPercent
        else { return nil }
        if key(m.end) == "out" {
            // "two out of five hundred": a proportion when the part is smaller than the whole.
            if m.value >= d.value { return nil }
        } else if isKind(d.end, .word) || isKind(d.end, .digits) {
            return nil  // "2000 over 3 years": a duration, not a fraction
        }
        return fraction(m, over: d)
    }

    /// "1 in 20 adults", "one in five", "4 sur 10 électeurs": a ratio, read as the fraction
    /// N/M, when a whole integer part is smaller than the whole and the whole is not a year
    /// ("2 in 2019") nor a span of time ("2 in 10 days").
    func ratio(after m: NumberMention) -> NumberMention? {
        guard m.reading == .cardinal, !m.isPercent, m.scale == nil, m.value >= 1, m.value == m.value.rounded(),
            lexicon.ratioWords.contains(key(m.end)), isKind(m.end, .word),
            let d = signed(at: m.end + 1), d.reading == .cardinal, !d.isPercent, d.value > m.value,
            d.value == d.value.rounded()
        else { return nil }
        if d.bareDigits == 4 && d.value >= 1800 && d.value <= 2100 { return nil }
        if lexicon.timeUnits.contains(key(d.end)) { return nil }
        // "8 in 5" (a larger part) and "in 5 or 6": only a lone whole counts.
        if isPunct(d.end, "-") || lexicon.rangeJoiners.contains(key(d.end)) && startsNumber(d.end + 1) {
            return nil
        }
        return fraction(m, over: d)
    }

    /// The part `m` over the whole `d`, as one fraction mention spanning both.
    private func fraction(_ m: NumberMention, over d: NumberMention) -> NumberMention {
        var f = m
        f.value = m.value / d.value
        f.numberValue = f.value
        f.reading = .fraction
        f.end = d.end
        f.isLoneOne = false
        f.bareDigits = nil
        return f
    }
}
