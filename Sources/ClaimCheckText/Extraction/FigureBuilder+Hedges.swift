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
            if idx < mentions.count, var range = rangeDraft(m, mentions[idx], floor: floor, limit: r.upperBound) {
                let b = mentions[idx]
                // "€300–350", "$5 to $10 million": a range of a currency.
                range.currency = currency(before: m.start) ?? currency(before: b.start) ?? currency(after: b.end, limit: r.upperBound)
                let rangeHedge = prefixHedge(before: range.first, floor: floor)
                let hedged = rangeHedge != nil
                if isYear(m, hedged: hedged, hedgeStart: rangeHedge?.1, limit: r.upperBound),
                    isYear(b, hedged: hedged, limit: r.upperBound),
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
            // "at least $500,000", "plus de 3 000 €": the hedge stands before the currency sign.
            let prefix = prefixHedge(before: m.start, floor: floor)
                ?? (m.start - 1 > floor && currency(before: m.start) != nil ? prefixHedge(before: m.start - 1, floor: floor) : nil)
            if isYear(m, hedged: prefix != nil, hedgeStart: prefix?.1, limit: r.upperBound) {
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
            if isClockTime(m, limit: r.upperBound) || isIdentifier(m) || isFractionModifier(m, limit: r.upperBound) {
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

}
