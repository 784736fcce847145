extension Matcher {
    /// Ranks the passages of `sources` (all when nil) for a query; see `matches(for:in:limit:)`.
    ///
    /// - Parameter fill: when fewer than `limit` passages reach the `related` coverage floor,
    ///   add the best of the others by BM25 score, after them (cited sources always show
    ///   their closest passages; these can only be `related`).
    func rank(
        _ query: MatchQuery, in sources: Set<Int>?, limit: Int, fill: Bool = false, scratch: inout Scratch
    ) -> [PassageMatch] {
        guard limit > 0, index.passageCount > 0 else { return [] }
        let terms = queryTerms(query)
        guard !terms.isEmpty else { return [] }
        tally(terms, in: sources, into: &scratch)
        defer { scratch.reset() }
        let totalIDF = max(terms.reduce(0) { $0 + $1.idf }, .leastNonzeroMagnitude)
        let contentIDF = terms.filter(\.isContent).reduce(0) { $0 + $1.idf }
        // Content terms named by each source's headline or publisher, as bits.
        let named: [UInt64] = contexts.map { context in
            var mask: UInt64 = 0
            for (q, term) in terms.enumerated() where q < 64 && term.isContent && context.contains(term.term) {
                mask |= 1 << UInt64(q)
            }
            return mask
        }
        func coverage(_ p: Int) -> Double {
            guard contentIDF > 0 else { return min(1, scratch.score[p] / totalIDF) }
            var covered = scratch.covered[p]
            let byName = named[Int(locations[p].source)] & ~scratch.found[p]
            var bits = byName
            while bits != 0 {
                covered += terms[bits.trailingZeroBitCount].idf
                bits &= bits - 1
            }
            // Words in the passage's other sentences of the same paragraph count for part.
            var nearby = scratch.inParagraph[Int(paragraphs[p])] & ~scratch.found[p] & ~byName
            while nearby != 0 {
                let q = nearby.trailingZeroBitCount
                if terms[q].isContent { covered += thresholds.paragraphWeight * terms[q].idf }
                nearby &= nearby - 1
            }
            return min(1, covered / contentIDF)
        }
        func better(_ a: Int32, _ b: Int32) -> Bool {
            let x = scratch.score[Int(a)]
            let y = scratch.score[Int(b)]
            return x != y ? x > y : a < b
        }
        let pool = Array(
            scratch.touched.filter { coverage(Int($0)) >= thresholds.related }.sorted(by: better)
                .prefix(max(20, limit * thresholds.candidatesPerMatch)))
        var below: [Int32] = []
        if fill, pool.count < limit {
            below = Array(scratch.touched.filter { coverage(Int($0)) < thresholds.related }.sorted(by: better).prefix(2 * limit))
        }
        // The claim's names, for the frame's place and actor (a name the source's headline or
        // publisher holds, "according to The Northern Ledger", is not one).
        let claimNames = terms.filter { $0.isName && $0.term.count >= 4 }.map(\.term)
        // Adjacent pairs of the claim's terms found adjacent in the passage: "sea level rise",
        // "carbon dioxide emissions" as written together, not scattered over a long sentence.
        let (claimPairs, pairCount) = thresholds.proximityWeight > 0 ? queryPairs(query) : ([], 0)
        func proximity(_ p: Int) -> Double {
            guard pairCount > 0 else { return 0 }
            return Double(claimPairs.filter { index.adjacent($0, in: p) }.count) / Double(pairCount)
        }
        var found: [PassageMatch] = []
        var floor: [PassageMatch] = []
        for number in pool + below {
            let p = Int(number)
            let location = locations[p]
            let source = store.sources[Int(location.source)]
            let passage = source.passages[Int(location.passage)]
            let text = min(1, scratch.score[p] / totalIDF)
            let matched = terms.indices.filter { $0 < 64 && scratch.found[p] & (1 << UInt64($0)) != 0 }
            let match = judge(
                query, passage: passage, language: source.language, text: text, coverage: coverage(p), proximity: proximity(p),
                terms: matched.map { Term.display(terms[$0].term) },
                names: matched.filter { terms[$0].isName && terms[$0].term.count >= 4 }.map { terms[$0].term },
                claimNames: claimNames.filter { !contexts[Int(location.source)].contains($0) })
            if match.coverage >= thresholds.related { found.append(match) } else { floor.append(match) }
        }
        func order(_ a: PassageMatch, _ b: PassageMatch) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.sourceID != b.sourceID { return a.sourceID < b.sourceID }
            return a.passage.index < b.passage.index
        }
        var kept: [PassageMatch] = []
        for match in found.sorted(by: order) + floor.sorted(by: order) where !kept.contains(where: { $0.passage.overlaps(match.passage) }) {
            kept.append(match)
            if kept.count == limit { break }
        }
        return kept
    }

    /// The preferred sources' passages first, then the others'.
    func rank(_ query: MatchQuery, preferring preferred: Set<Int>, limit: Int, scratch: inout Scratch) -> [PassageMatch] {
        let first = preferred.isEmpty ? [] : rank(query, in: preferred, limit: limit, fill: true, scratch: &scratch)
        guard first.count < limit, preferred.count < store.sources.count else { return first }
        let others = Set(store.sources.indices).subtracting(preferred)
        guard !others.isEmpty else { return first }
        return first + rank(query, in: others, limit: limit - first.count, scratch: &scratch)
    }
}
