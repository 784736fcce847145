extension FigureBuilder {
    func key(_ i: Int, _ limit: Int) -> String { i < limit && i >= 0 ? tokens[i].key : "" }

    /// Figures from numbers: ranges, prefix and postfix hedges; years become dates.
    func hedgedDrafts(
        _ mentions: [NumberMention], in r: Range<Int>, scanner: NumberScanner, dates: inout [DateMention],
        covered: inout [Bool]
    ) -> [Draft] {
        var out: [Draft] = []
        var floor = r.lowerBound
        var idx = 0
        while idx < mentions.count {
            let m = mentions[idx]
            idx += 1
            if idx < mentions.count, let range = rangeDraft(m, mentions[idx], floor: floor, limit: r.upperBound) {
                let b = mentions[idx]
                let hedged = prefixHedge(before: range.first, floor: floor) != nil
                if isYear(m, hedged: hedged, limit: r.upperBound), isYear(b, hedged: hedged, limit: r.upperBound),
                    let lo = range.low, let hi = range.high
                {
                    // "from 2014 to 2016", "2014-2016": a period, not a count.
                    let s = tokens[range.first].start
                    let e = tokens[range.end - 1].end
                    dates.append(
                        DateMention(
                            text: text(s, e), start: s, end: e, kind: .period,
                            firstDay: Day(year: Int(lo), month: 1, day: 1),
                            lastDay: Day(year: Int(hi), month: 12, day: 31)))
                    idx += 1
                    floor = range.end
                    continue
                }
                out.append(range)
                idx += 1
                floor = range.end
                continue
            }
            if m.reading == .ordinal {
                floor = m.end
                continue
            }
            let prefix = prefixHedge(before: m.start, floor: floor)
            if isYear(m, hedged: prefix != nil, limit: r.upperBound) {
                let y = Int(m.value)
                let s = tokens[m.start].start
                let e = tokens[m.end - 1].end
                dates.append(
                    DateMention(
                        text: text(s, e), start: s, end: e, kind: .year, firstDay: Day(year: y, month: 1, day: 1),
                        lastDay: Day(year: y, month: 12, day: 31)))
                floor = m.end
                continue
            }
            if m.isLoneOne && prefix == nil && isPronounOne(m, limit: r.upperBound) { continue }
            if isClockTime(m, limit: r.upperBound) || isIdentifier(m) {
                floor = m.end
                continue
            }
            let postfix = postfixHedge(after: m.end, limit: r.upperBound, scanner: scanner)
            var hedge = prefix?.0
            if let p = postfix?.0 {
                if p == .closeBound {
                    if hedge == .atMostOpen { hedge = .atMost } else if hedge == .atLeastOpen { hedge = .atLeast }
                } else {
                    hedge = p
                }
            }
            let first = prefix?.1 ?? m.start
            let end = postfix?.1 ?? m.end
            var d = Interval.draft(
                hedge, value: m.value, tolerance: tolerance, first: first, end: end, isPercent: m.isPercent,
                collective: m.isCollective)
            if let p = prefix { d.hedgeTokens.append(p.1..<m.start) }
            if let p = postfix { d.hedgeTokens.append(m.end..<p.1) }
            d.nounAfterOf =
                m.isCollective || m.isPercent || m.scale != nil || (m.reading == .fraction && abs(m.value) < 1)
            d.nounOnlyAfterOf = m.isPercent
            d.currency = currency(before: m.start) ?? currency(after: m.end, limit: r.upperBound)
            out.append(d)
            floor = end
        }
        return out
    }

    /// The hedge phrase ending right before token `i` (not before `floor`).
    func prefixHedge(before i: Int, floor: Int) -> (HedgeWord, Int)? {
        guard let (h, start) = lexicon.prefixHedges.match(backwardFrom: i, in: tokens, floor: floor) else {
            return nil
        }
        // "<>30", "=>30": operator soup is not a hedge.
        if start > 0, tokens[start].kind == .punctuation, tokens[start].isAttached,
            ["<", ">", "="].contains(tokens[start - 1].key)
        {
            return nil
        }
        return (h, start)
    }

    /// The hedge phrase right after token `i` ("or more"), unless another number follows it.
    func postfixHedge(after i: Int, limit: Int, scanner: NumberScanner) -> (HedgeWord, Int)? {
        guard let (h, end) = lexicon.postfixHedges.match(forwardFrom: i, in: tokens, limit: limit) else { return nil }
        if scanner.startsNumber(end) { return nil }
        if ["de", "d", "of", "des", "du"].contains(key(end, limit)) && h != .approximate { return nil }
        // "+" only when glued: "50+".
        if tokens[i].key == "+" && !tokens[i].isAttached { return nil }
        return (h, end)
    }

    /// Whether a four-digit number is a year: after a date cue ("in 2016") or when it does not
    /// count a plural noun and is not hedged.
    func isYear(_ m: NumberMention, hedged: Bool, limit: Int) -> Bool {
        guard m.bareDigits == 4, m.reading == .cardinal, !m.isPercent, m.value >= 1000, m.value <= 2100 else {
            return false
        }
        let prev = key(m.start - 1, limit)
        if lexicon.dateCues.contains(prev) || lexicon.months[prev] != nil { return true }
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
        if prev.key == ".", prev.isAttached, i >= 2, ["no", "nos", "nr"].contains(tokens[i - 2].key),
            Folding.isUpper(scalars[tokens[i - 2].start])
        {
            return true
        }
        return false
    }

    /// The currency written right before a number ("$700", "€1000", "£5").
    func currency(before i: Int) -> String? {
        guard i > 0, tokens[i].isAttached else { return nil }
        switch tokens[i - 1].key {
        case "$": return "dollar"
        case "€": return "euro"
        case "£": return lexicon.language == .french ? "livre" : "pound"
        case "¥": return "yen"
        default: return nil
        }
    }

    /// The currency sign right after a number ("2 000 €", "10000$").
    func currency(after i: Int, limit: Int) -> String? {
        guard i < limit, tokens[i].kind == .punctuation else { return nil }
        switch tokens[i].key {
        case "€": return "euro"
        case "$": return "dollar"
        case "£": return lexicon.language == .french ? "livre" : "pound"
        default: return nil
        }
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

    /// "one of them", "the one", "which one", and French "un/une" alone: not a count.
    func isPronounOne(_ m: NumberMention, limit: Int) -> Bool {
        if lexicon.language == .french { return true }
        if lexicon.oneFollowers.contains(key(m.end, limit)) { return true }
        if lexicon.oneDeterminers.contains(key(m.start - 1, limit)) { return true }
        // "one" followed by nothing nominal: "one had been hired".
        guard m.end < limit, tokens[m.end].kind == .word else { return true }
        return lexicon.stopWords.contains(tokens[m.end].key) || lexicon.auxiliaries.contains(tokens[m.end].key)
    }
}
