extension FigureBuilder {
    /// "several", "dozens of", "des centaines de": vague quantities counting a noun.
    func vagueDrafts(in r: Range<Int>, covered: [Bool]) -> [Draft] {
        var out: [Draft] = []
        var i = r.lowerBound
        while i < r.upperBound {
            guard !covered[i - r.lowerBound], tokens[i].kind == .word,
                let (v, end) = lexicon.vague.match(forwardFrom: i, in: tokens, limit: r.upperBound)
            else {
                i += 1
                continue
            }
            if i > r.lowerBound, ["how", "so", "too", "as", "combien"].contains(tokens[i - 1].key) {
                i += 1
                continue
            }
            var realEnd = end
            if ["of", "de", "d'"].contains(tokens[end - 1].key) { realEnd -= 1 }
            if tokens[end - 1].key == "'" { realEnd -= 2 }
            guard realEnd > i, nounPhrase(after: realEnd, limit: r.upperBound, allowOf: true) != nil,
                (i..<realEnd).allSatisfy({ !covered[$0 - r.lowerBound] })
            else {
                i += 1
                continue
            }
            var d = Draft(
                first: i, end: realEnd, kind: .vague, value: nil, low: v.low, high: v.high, lowInclusive: true,
                highInclusive: v.high != nil, isPercent: false)
            d.nounAfterOf = true
            d.hedgeTokens = [i..<realEnd]
            out.append(d)
            i = realEnd
        }
        return out
    }
}
