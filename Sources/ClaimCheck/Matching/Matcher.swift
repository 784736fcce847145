import ClaimCheckText

/// Finds, for a claim, the source passages that speak of the same facts, ranked, each with
/// its agreement (`supports`, `conflicts`, `related`) and the reasons.
///
/// ```swift
/// let matcher = Matcher(store: store)
/// let query = MatchQuery(text: "France expelled 35 Russian diplomats in April 2022", language: .english)
/// let best = matcher.matches(for: query, preferring: citedIDs, limit: 3)
/// ```
///
/// Building a matcher indexes every passage once (BM25 over stems, lexicon concepts, names,
/// figure values and dates, plus a trigram index of the vocabulary for cognates). A query
/// then reads only the postings of its own terms and their cognates: its cost follows the
/// size of those lists, not the number of passages. A value type, safe to share across tasks.
public struct Matcher: Sendable {
    /// The sources searched.
    public let store: SourceStore
    /// The bilingual lexicon used for terms and for comparing counted nouns across languages.
    public let lexicon: BilingualLexicon
    /// The thresholds.
    public let thresholds: MatchThresholds
    let index: PassageIndex
    /// Passage number in the index → (source id, passage index in the source).
    let locations: [(source: Int32, passage: Int32)]
    let analyzer: TermAnalyzer

    /// Indexes the passages of a store.
    public init(store: SourceStore, lexicon: BilingualLexicon = .builtIn, thresholds: MatchThresholds = .standard) {
        self.store = store
        self.lexicon = lexicon
        self.thresholds = thresholds
        analyzer = TermAnalyzer(lexicon: lexicon)
        let analyzer = self.analyzer
        // Each source's passages are analysed on their own (in parallel), then indexed in order.
        let perSource = ParallelMap.map(store.sources) { source -> [[String]] in
            var memo = TermAnalyzer.Memo()
            return source.passages.map { passage in
                analyzer.terms(
                    of: passage.text, language: source.language, figures: passage.figures, dates: passage.dates,
                    memo: &memo)
            }
        }
        var terms: [[String]] = []
        var locations: [(source: Int32, passage: Int32)] = []
        for (source, list) in zip(store.sources, perSource) {
            terms += list
            for passage in source.passages { locations.append((Int32(source.id), Int32(passage.index))) }
        }
        self.locations = locations
        index = PassageIndex(passageTerms: terms, minimumCognateLength: thresholds.minimumCognateLength)
    }

    /// The best passages for a claim, from the given sources only (all sources when nil).
    ///
    /// Passages below the `related` coverage threshold are left out; overlapping passages (a
    /// sentence and its window) are returned once, the better one. Ordered by `score`, best
    /// first.
    public func matches(for query: MatchQuery, in sources: Set<Int>?, limit: Int) -> [PassageMatch] {
        guard limit > 0, index.passageCount > 0 else { return [] }
        let terms = queryTerms(query)
        guard !terms.isEmpty else { return [] }
        let tallies = tally(terms, in: sources)
        let totalIDF = terms.reduce(0) { $0 + $1.idf }
        let contentIDF = terms.filter(\.isContent).reduce(0) { $0 + $1.idf }
        func coverage(_ p: Int) -> Double {
            contentIDF > 0 ? min(1, tallies.covered[p] / contentIDF) : min(1, tallies.score[p] / totalIDF)
        }
        let pool = tallies.touched.filter { coverage(Int($0)) >= thresholds.related }
            .sorted { a, b in
                let x = tallies.score[Int(a)]
                let y = tallies.score[Int(b)]
                return x != y ? x > y : a < b
            }
            .prefix(max(20, limit * thresholds.candidatesPerMatch))
        var found: [PassageMatch] = []
        for number in pool {
            let p = Int(number)
            let location = locations[p]
            let source = store.sources[Int(location.source)]
            let passage = source.passages[Int(location.passage)]
            let text = min(1, tallies.score[p] / max(totalIDF, .leastNonzeroMagnitude))
            let matched = terms.indices.filter { $0 < 64 && tallies.found[p] & (1 << UInt64($0)) != 0 }
                .map { Term.display(terms[$0].term) }
            found.append(
                judge(
                    query, passage: passage, language: source.language, text: text, coverage: coverage(p),
                    terms: matched))
        }
        found.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.sourceID != b.sourceID { return a.sourceID < b.sourceID }
            return a.passage.index < b.passage.index
        }
        var kept: [PassageMatch] = []
        for match in found where !kept.contains(where: { $0.passage.overlaps(match.passage) }) {
            kept.append(match)
            if kept.count == limit { break }
        }
        return kept
    }

    /// The best passages for a claim: those of the preferred (cited) sources first, then, to
    /// fill `limit`, those of all other sources.
    public func matches(for query: MatchQuery, preferring preferred: Set<Int>, limit: Int) -> [PassageMatch] {
        let first = preferred.isEmpty ? [] : matches(for: query, in: preferred, limit: limit)
        let others = Set(store.sources.indices).subtracting(preferred)
        guard first.count < limit, !others.isEmpty else { return first }
        return first + matches(for: query, in: others, limit: limit - first.count)
    }
}
