extension FigureBuilder {
    /// "75 to 80", "75-80", "between 75 and 80", "from 75 to 80", "de 75 à 80", "entre 75 et 80",
    /// "3 to 5 million": a closed range.
    func rangeDraft(_ a: NumberMention, _ b: NumberMention, floor: Int, limit: Int) -> Draft? {
        // The second bound may repeat the currency sign: "£1,000–£2,000", "between $5 and $10".
        let signBefore = { (m: NumberMention) in self.currency(before: m.start) != nil }
        let repeatedSign = b.start == a.end + 2 && signBefore(b) && signBefore(a)
        guard b.start == a.end + 1 || (b.start == a.end + 2 && isArticle(a.end + 1)) || repeatedSign else { return nil }
        let joiner = tokens[a.end].key
        guard lexicon.rangeJoiners.contains(joiner) else { return nil }
        guard a.reading == b.reading || (a.reading != .ordinal && b.reading != .ordinal) else { return nil }
        // Opener before a (skipping an article before ordinals: "between the tenth", and a
        // currency sign: "between $5 and $10").
        var first = a.start
        if isArticle(first - 1) && first - 1 >= floor { first -= 1 }
        if signBefore(a), first - 1 >= floor, first - 2 >= floor, lexicon.rangeOpeners[tokens[first - 2].key] != nil { first -= 1 }
        var opener: String?
        if first - 1 >= floor, let closers = lexicon.rangeOpeners[tokens[first - 1].key], closers.contains(joiner) {
            opener = tokens[first - 1].key
            first -= 1
        } else if first - 2 >= floor, tokens[first - 1].key == "'",
            let closers = lexicon.rangeOpeners[tokens[first - 2].key + "'"], closers.contains(joiner)
        {
            opener = tokens[first - 2].key + "'"
            first -= 2
        }
        if opener == nil {
            if joiner == "and" || joiner == "et" { return nil }
            if a.reading == .ordinal { return nil }
            first = a.start
        }
        // Phone numbers and codes: "+1-222-2222".
        if joiner == "-" || joiner == "–" {
            if a.start > 0, ["+", "-", "/"].contains(tokens[a.start - 1].key), tokens[a.start].isAttached {
                return nil
            }
            if b.end < limit, ["-", "/", "–"].contains(tokens[b.end].key), tokens[b.end].isAttached { return nil }
        }
        var low = a.reading == .ordinal ? (a.ordinalValue ?? a.value) : a.value
        let high = b.reading == .ordinal ? (b.ordinalValue ?? b.value) : b.value
        if a.scale == nil, let s = b.scale, low * s <= high, low < high / s * 1000 { low *= s }
        guard low < high else { return nil }
        var d = Draft(
            first: first, end: b.end, kind: .range, value: nil, low: low, high: high, lowInclusive: true,
            highInclusive: true, isPercent: a.isPercent || b.isPercent)
        d.hedgeTokens = [a.end..<(a.end + 1)]
        if opener != nil { d.hedgeTokens.insert(first..<(first + (opener!.hasSuffix("'") ? 2 : 1)), at: 0) }
        // An approximation before a range stays in its span ("about 20 to 30").
        if let (h, s) = prefixHedge(before: first, floor: floor), h == .approximate {
            d.hedgeTokens.insert(s..<first, at: 0)
            d.first = s
        }
        return d
    }

    func isArticle(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && ["the", "le", "la", "l"].contains(tokens[i].key)
    }

    /// "more than 20 and less than 35" → one range `(20, 35)`.
    func mergedInequalities(_ drafts: [Draft]) -> [Draft] {
        guard drafts.count >= 2 else { return drafts }
        var out: [Draft] = []
        var i = 0
        while i < drafts.count {
            let d = drafts[i]
            if i + 1 < drafts.count {
                let e = drafts[i + 1]
                // A floor and a ceiling joined by "and"/"but", in either order.
                let floorFirst = d.kind == .atLeast && e.kind == .atMost
                let ceilingFirst = d.kind == .atMost && e.kind == .atLeast
                if floorFirst || ceilingFirst, e.first == d.end + 1,
                    ["and", "but", "et", "mais"].contains(tokens[d.end].key),
                    let lo = floorFirst ? d.low : e.low, let hi = floorFirst ? e.high : d.high, lo < hi
                {
                    let low = floorFirst ? d : e
                    let high = floorFirst ? e : d
                    var m = Draft(
                        first: d.first, end: e.end, kind: .range, value: nil, low: lo, high: hi,
                        lowInclusive: low.lowInclusive, highInclusive: high.highInclusive,
                        isPercent: d.isPercent || e.isPercent)
                    m.hedgeTokens = d.hedgeTokens + [d.end..<(d.end + 1)] + e.hedgeTokens
                    out.append(m)
                    i += 2
                    continue
                }
            }
            out.append(d)
            i += 1
        }
        return out
    }
}
