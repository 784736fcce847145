import ClaimCheckText
import Foundation

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
    /// Passage number in the index → paragraph number (paragraphs of all sources, in order).
    let paragraphs: [Int32]
    /// How many paragraphs hold passages.
    let paragraphCount: Int
    let analyzer: TermAnalyzer
    /// Per source, the terms of its headline, publisher name and site name: a claim's words
    /// found there ("according to the Interior Ministry") count as found in each of its passages.
    let contexts: [Set<String>]
    /// Working memory reused across queries.
    let scratches: ScratchPool

    /// Whether indexing and batch queries spread over all cores.
    let parallel: Bool

    /// Indexes the passages of a store.
    ///
    /// - Parameter parallel: analyse passages and answer batches on all cores (off when the
    ///   caller already runs several checks at once).
    public init(
        store: SourceStore, lexicon: BilingualLexicon = .builtIn, thresholds: MatchThresholds = .standard,
        parallel: Bool = true
    ) {
        self.parallel = parallel
        self.store = store
        self.lexicon = lexicon
        self.thresholds = thresholds
        analyzer = TermAnalyzer(lexicon: lexicon)
        let analyzer = self.analyzer
        // Each source's passages are analysed on their own (in parallel), then indexed in order.
        let perSource = ParallelMap.map(store.sources, parallel: parallel) { source -> [[String]] in
            var memo = TermAnalyzer.Memo()
            return source.passages.map { passage in
                analyzer.terms(
                    of: passage.text, language: source.language, figures: passage.figures, dates: passage.dates,
                    memo: &memo)
            }
        }
        var terms: [[String]] = []
        var locations: [(source: Int32, passage: Int32)] = []
        var paragraphs: [Int32] = []
        var paragraphCount = 0
        for (source, list) in zip(store.sources, perSource) {
            terms += list
            var last = -1
            for passage in source.passages {
                locations.append((Int32(source.id), Int32(passage.index)))
                if passage.paragraph != last {
                    last = passage.paragraph
                    paragraphCount += 1
                }
                paragraphs.append(Int32(paragraphCount - 1))
            }
        }
        self.paragraphs = paragraphs
        self.paragraphCount = paragraphCount
        self.locations = locations
        contexts = store.sources.map { source in
            var memo = TermAnalyzer.Memo()
            let names = [source.document.metadata.title, source.document.metadata.publisher, source.publisher?.name]
            let text = names.compactMap { $0 }.joined(separator: ". ")
            var terms = Set(analyzer.terms(of: text, language: source.language, figures: [], dates: [], memo: &memo))
            // The site's own name, as drafts write it ("as LeMonde reported", "lemonde.fr").
            if let site = source.host.flatMap(TermAnalyzer.siteName) { terms.insert(site) }
            return terms
        }
        index = PassageIndex(passageTerms: terms, minimumCognateLength: thresholds.minimumCognateLength)
        scratches = ScratchPool(count: index.passageCount, paragraphs: paragraphCount)
    }

    /// The best passages for a claim, from the given sources only (all sources when nil).
    ///
    /// Passages below the `related` coverage threshold are left out; overlapping passages (a
    /// sentence and its window) are returned once, the better one. Ordered by `score`, best
    /// first.
    public func matches(for query: MatchQuery, in sources: Set<Int>?, limit: Int) -> [PassageMatch] {
        scratches.with { rank(query, in: sources, limit: limit, scratch: &$0) }
    }

    /// The best passages for a claim: those of the preferred (cited) sources first, then, to
    /// fill `limit`, those of all other sources.
    public func matches(for query: MatchQuery, preferring preferred: Set<Int>, limit: Int) -> [PassageMatch] {
        scratches.with { rank(query, preferring: preferred, limit: limit, scratch: &$0) }
    }

    /// The best passages for many claims at once, on all cores: `result[i]` is
    /// `matches(for: queries[i], preferring: preferred[i], limit: limit)`, or, when `preferred`
    /// is nil, `matches(for: queries[i], in: nil, limit: limit)`.
    ///
    /// Runs on all cores; each worker keeps one working memory for its claims.
    public func matches(for queries: [MatchQuery], preferring preferred: [Set<Int>]? = nil, limit: Int) -> [[PassageMatch]] {
        let workers = max(1, min(queries.count, 2 * ProcessInfo.processInfo.activeProcessorCount))
        let chunks = (0..<workers).map { w in Array(stride(from: w, to: queries.count, by: workers)) }
        let results = ParallelMap.map(chunks, parallel: parallel) { chunk -> [(Int, [PassageMatch])] in
            scratches.with { scratch in
                chunk.map { i in
                    if let preferred, preferred.indices.contains(i) {
                        return (i, rank(queries[i], preferring: preferred[i], limit: limit, scratch: &scratch))
                    }
                    return (i, rank(queries[i], in: nil, limit: limit, scratch: &scratch))
                }
            }
        }
        var out = Array(repeating: [PassageMatch](), count: queries.count)
        for (i, matches) in results.joined() { out[i] = matches }
        return out
    }
}
