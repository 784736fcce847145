extension FigureBuilder {
    /// Relative ranks ("next", "the one before the last one", "l'avant-dernier") as number
    /// spans with only a `relativeOrdinal`, left to right, longest phrase first.
    func relativeOrdinals() -> [NumberSpan] {
        var out: [NumberSpan] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word || tokens[i].key == "'",
                let (rank, end) = lexicon.relativeOrdinals.match(forwardFrom: i, in: tokens, limit: tokens.count),
                end == tokens.count || !(tokens[end].isAttached && tokens[end].kind == .word)
            else {
                i += 1
                continue
            }
            let s = tokens[i].start
            let e = tokens[end - 1].end
            out.append(
                NumberSpan(
                    text: text(s, e), start: s, end: e, number: nil, ordinal: nil, isPercentage: false,
                    relativeOrdinal: rank))
            i = end
        }
        return out
    }
}
