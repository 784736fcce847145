import Foundation

extension NumberScanner {
    /// Digits with separators, decimals, fractions, powers, scale suffixes, scale words and
    /// ordinal suffixes: `1,200`, `1 200`, `3,5`, `1 4/5`, `2.5^-1`, `1.3x10^6`, `100k`,
    /// `2 million`, `11th`, `30e`.
    func digitNumber(at i: Int) -> NumberMention? {
        var (value, j, grouped) = groupedInteger(at: i)
        var isInteger = true
        // Decimal part.
        let decimalSeps = isFrench ? (grouped == "." ? [","] : [",", "."]) : ["."]
        if j + 1 < limit, decimalSeps.contains(key(j)), tokens[j].kind == .punctuation, attached(j),
            isKind(j + 1, .digits), attached(j + 1)
        {
            // "192.168.1.2": a dotted chain is not a decimal.
            if !(isPunct(j + 2, key(j)) && isKind(j + 3, .digits) && attached(j + 2)) {
                value += fractionalDigits(j + 1)
                j += 2
                isInteger = false
            }
        }
        // English text written with a decimal comma before a scale: "1,5b", "2,3 million".
        if !isFrench, isInteger, grouped == nil, isPunct(j, ","), attached(j), isKind(j + 1, .digits), attached(j + 1),
            digitCount(j + 1) < 3, isScaleAfter(j + 2)
        {
            value += fractionalDigits(j + 1)
            j += 2
            isInteger = false
        }
        var m = NumberMention(start: i, end: j, value: value, reading: .cardinal, numberValue: value)
        if j == i + 1 { m.bareDigits = digitCount(i) }
        if isInteger && grouped == nil, let f = digitFraction(from: i, integerEnd: j, integer: value) {
            return f
        }
        if let (v, end) = power(after: j, base: value) {
            m.value = v
            m.numberValue = v
            m.end = end
            m.bareDigits = nil
            return m
        }
        // Ordinal suffix: "11th", "2nd", "30e", "1er".
        if isKind(j, .word), attached(j), lexicon.ordinalSuffixes.contains(key(j)), isInteger,
            !(isKind(j + 1, .word) && attached(j + 1))
        {
            return NumberMention(start: i, end: j + 1, value: value, reading: .ordinal, ordinalValue: value)
        }
        // Scale suffix: "100k", "10 bn", "2,33 k". "mm" is a scale only after a currency sign
        // ("$5mm"; "38mm" is millimetres), and a glued letter before a capitalised word names
        // something ("2B Mindset").
        if isKind(j, .word), let s = lexicon.scaleSuffixes[tokens[j].key] ?? lexicon.scaleSuffixes[original(j)],
            attached(j) || tokens[j].key.count >= 2 || ["k", "g"].contains(tokens[j].key),
            !(isKind(j + 1, .word) && attached(j + 1)),
            tokens[j].key != "mm" || (i > 0 && isCurrencySign(tokens[i - 1].key)),
            !(tokens[j].end - tokens[j].start == 1 && isKind(j + 1, .word) && Folding.isUpper(scalars[tokens[j + 1].start]))
        {
            m.value = value * s
            m.numberValue = m.value
            m.end = j + 1
            m.scale = s
            m.bareDigits = nil
            return m
        }
        // Letters glued to the digits ("29km", "180ml", "1m" in French): a measure, not a number.
        if isKind(j, .word) && attached(j) && numberWord(j) == nil { return nil }
        // Mixed fraction after digits: "3 and a half", "7 and a half million", "2 et demi".
        if isInteger, key(j) == lexicon.connector, isKind(j, .word), let (f, end) = simpleFraction(at: j + 1), f < 1 {
            m.value = value + f
            m.end = end
            if let s = numberWord(end), s.role == .scale {
                m.value *= s.value
                m.end = end + 1
                m.scale = s.value
            }
            m.numberValue = m.value
            m.reading = .fraction
            m.bareDigits = nil
            return m
        }
        // A scale joined by a hyphen, as a compound adjective writes it: "a $1.5-billion deal",
        // "a 20-million-euro contract".
        if isPunct(j, "-"), attached(j), j + 1 < limit, attached(j + 1), let w = numberWord(j + 1), w.role == .scale {
            m.value = value * w.value
            m.numberValue = m.value
            m.end = j + 2
            m.scale = w.value
            m.bareDigits = nil
            return m
        }
        // Scale words: "2 million", "4 thousand 3 hundred", "322 cent", "3 dozens".
        if let w = numberWord(j), w.role == .scale || w.role == .hundred || w.role == .dozen {
            var c = Cardinal()
            c.start(value: value, at: i)
            c.previousEnd = j
            if let r = continueCardinal(c, at: j) {
                var out = r
                out.start = i
                out.bareDigits = nil
                return out
            }
        }
        return m
    }

    /// "$", "€", "£", "¥": a currency sign.
    func isCurrencySign(_ k: String) -> Bool { ["$", "€", "£", "¥"].contains(k) }

    /// Whether a scale suffix touches token `i - 1` or a scale word is token `i`.
    func isScaleAfter(_ i: Int) -> Bool {
        if isKind(i, .word), attached(i), lexicon.scaleSuffixes[tokens[i].key] ?? lexicon.scaleSuffixes[original(i)] != nil {
            return true
        }
        return numberWord(i)?.role == .scale
    }

    /// The original (unfolded) text of token `i`.
    func original(_ i: Int) -> String {
        var v = String.UnicodeScalarView()
        for k in tokens[i].start..<min(tokens[i].end, tokens[i].start + 8) { v.append(scalars[k]) }
        return String(v)
    }

    /// An integer with thousands separators: value, index after it, separator used.
    func groupedInteger(at i: Int) -> (Double, Int, String?) {
        var value = digitValue(i)
        let first = digitCount(i)
        var j = i + 1
        // Comma or dot groups, attached: 1,200 / 1.200 (French) / 12,34,567 (Indian).
        let sep = isFrench ? "." : ","
        for s in [sep, ","] {
            var lengths: [Int] = []
            var k = j
            while isPunct(k, s), attached(k), isKind(k + 1, .digits), attached(k + 1) {
                lengths.append(digitCount(k + 1))
                k += 2
                if lengths.count > 200 { break }
            }
            guard !lengths.isEmpty else { continue }
            let western = first <= 3 && lengths.allSatisfy { $0 == 3 }
            let indian =
                lengths.count >= 2 && first <= 2 && lengths.last == 3 && lengths.dropLast().allSatisfy { $0 == 2 }
            if s != sep && !indian { continue }
            guard western || indian else { continue }
            var g = j
            while g < k {
                value = value * pow(10, Double(digitCount(g + 1))) + digitValue(g + 1)
                g += 2
            }
            return (value, k, s)
        }
        // Space groups: 40 000, 1 234 567 (space, no-break or narrow no-break space).
        if first <= 3 {
            var k = j
            var groups = 0
            while isKind(k, .digits), digitCount(k) == 3, singleGroupSpace(before: k),
                !(isPunct(k + 1, "/") && attached(k + 1))
            {
                value = value * 1000 + digitValue(k)
                k += 1
                groups += 1
            }
            if groups > 0 {
                j = k
                return (value, j, " ")
            }
        }
        return (value, j, nil)
    }

    /// `3/4`, `1 4/5`, `2  1/4`, `1½`.
    func digitFraction(from i: Int, integerEnd j: Int, integer: Double) -> NumberMention? {
        if isPunct(j, "/"), attached(j), isKind(j + 1, .digits), attached(j + 1),
            !(isPunct(j + 2, "/") && attached(j + 2)), !(isPunct(j + 2, "-") && attached(j + 2))
        {
            let d = digitValue(j + 1)
            guard d != 0 else { return nil }
            let v = integer / d
            return NumberMention(start: i, end: j + 2, value: v, reading: .fraction, numberValue: v)
        }
        if isKind(j, .digits), !attached(j), isPunct(j + 1, "/"), attached(j + 1), isKind(j + 2, .digits),
            attached(j + 2), !(isPunct(j + 3, "/") && attached(j + 3))
        {
            let n = digitValue(j)
            let d = digitValue(j + 2)
            guard d != 0, n < d else { return nil }
            let v = integer + n / d
            return NumberMention(start: i, end: j + 3, value: v, reading: .fraction, numberValue: v)
        }
        if isKind(j, .vulgarFraction), let f = vulgarValue(key(j)) {
            let v = integer + f
            return NumberMention(start: i, end: j + 1, value: v, reading: .fraction, numberValue: v)
        }
        return nil
    }

    /// `^-1`, `^+23`, `^--23`, `e-1`, `e10`, `x10^6` after a number: the new value and end.
    func power(after j: Int, base: Double) -> (Double, Int)? {
        if isPunct(j, "^"), attached(j), let (e, end) = exponent(at: j + 1) {
            return (pow(base, e), end)
        }
        if isKind(j, .word), attached(j), key(j) == "e", let (e, end) = exponent(at: j + 1) {
            return (base * pow(10, e), end)
        }
        if isKind(j, .word), attached(j), key(j) == "x", isKind(j + 1, .digits), attached(j + 1),
            digitValue(j + 1) == 10, isPunct(j + 2, "^"), attached(j + 2), let (e, end) = exponent(at: j + 3)
        {
            return (base * pow(10, e), end)
        }
        return nil
    }

    /// Signs and digits of an exponent, attached: `-1`, `+23`, `--23`.
    func exponent(at start: Int) -> (Double, Int)? {
        var k = start
        var negative = false
        while k < limit, tokens[k].kind == .punctuation, tokens[k].key == "-" || tokens[k].key == "+",
            attached(k), k - start < 4
        {
            if tokens[k].key == "-" { negative.toggle() }
            k += 1
        }
        guard isKind(k, .digits), attached(k) else { return nil }
        var e = digitValue(k)
        k += 1
        if isPunct(k, "."), attached(k), isKind(k + 1, .digits), attached(k + 1) {
            e += fractionalDigits(k + 1)
            k += 2
        }
        return (negative ? -e : e, k)
    }
}
