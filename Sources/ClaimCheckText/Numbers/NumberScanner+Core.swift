extension NumberScanner {
    /// An unsigned number at `i`: digits, words, a vulgar fraction or a collective noun.
    func core(at i: Int) -> NumberMention? {
        guard i < limit else { return nil }
        let t = tokens[i]
        switch t.kind {
        case .digits:
            return digitNumber(at: i)
        case .vulgarFraction:
            guard let v = vulgarValue(t.key) else { return nil }
            return NumberMention(start: i, end: i + 1, value: v, reading: .fraction, numberValue: v)
        case .punctuation:
            // Leading decimal separator: ".25" in English, ",08" in French.
            let sep = isFrench ? "," : "."
            if t.key == sep && isKind(i + 1, .digits) && attached(i + 1)
                && !(i > 0 && tokens[i - 1].kind == .digits && t.isAttached)
            {
                let v = fractionalDigits(i + 1)
                guard !(isKind(i + 2, .word) && attached(i + 2)) else { return nil }
                return NumberMention(start: i, end: i + 2, value: v, reading: .cardinal, numberValue: v)
            }
            if t.key == "~" { return nil }
            return nil
        case .word:
            if let (v, end) = lexicon.countNouns.match(forwardFrom: i, in: tokens, limit: limit) {
                let realEnd = end > i && ["of", "de", "d'"].contains(tokens[end - 1].key) ? end - 1 : end
                return NumberMention(
                    start: i, end: max(realEnd, i + 1), value: v, reading: .cardinal, numberValue: v,
                    isCollective: isFrench)
            }
            if let m = collective(at: i) { return m }
            return wordNumber(at: i)
        default:
            return nil
        }
    }

    /// "une cinquantaine", "un millier", "deux centaines": about N.
    func collective(at i: Int) -> NumberMention? {
        guard !lexicon.approximateNouns.isEmpty else { return nil }
        let t = tokens[i]
        if lexicon.articles.contains(t.key) || t.key == "quelque", let v = lexicon.approximateNouns[key(i + 1)],
            isKind(i + 1, .word)
        {
            return NumberMention(
                start: i, end: i + 2, value: v, reading: .cardinal, numberValue: v, isCollective: true)
        }
        return nil
    }

    func vulgarValue(_ k: String) -> Double? {
        switch k {
        case "½": return 0.5
        case "⅓": return 1.0 / 3
        case "⅔": return 2.0 / 3
        case "¼": return 0.25
        case "¾": return 0.75
        case "⅕": return 0.2
        case "⅖": return 0.4
        case "⅗": return 0.6
        case "⅘": return 0.8
        case "⅙": return 1.0 / 6
        case "⅚": return 5.0 / 6
        case "⅛": return 0.125
        case "⅜": return 0.375
        case "⅝": return 0.625
        case "⅞": return 0.875
        case "⅐": return 1.0 / 7
        case "⅑": return 1.0 / 9
        case "⅒": return 0.1
        default: return nil
        }
    }

    /// "0.25" → the value of the digits after the separator.
    func fractionalDigits(_ i: Int) -> Double {
        var v = 0.0
        var scale = 1.0
        for k in tokens[i].start..<tokens[i].end {
            v = v * 10 + Double(scalars[k].value - 48)
            scale *= 10
            if k - tokens[i].start > 30 { break }
        }
        return v / scale
    }
}
