import ClaimCheckText

extension Matcher {
    /// A distinct term of a query with the index terms it reaches.
    struct QueryTerm {
        var term: String
        /// Its inverse document frequency (of the best variant when the term itself is unseen, else
        /// that of a term held by one passage).
        var idf: Double
        /// Index term ids with weights: the term itself (1) and its cognates (< 1).
        var variants: [(id: Int, weight: Double)]
        var isContent: Bool
    }

    /// What a passage collected from a query's terms.
    struct Tally {
        var score = 0.0
        /// Sum of matched content terms' idf, times the variant weight.
        var covered = 0.0
        /// Indices of the query terms found.
        var terms: [Int] = []
    }

    /// Most cognates followed per query word.
    static let maximumCognates = 6

    /// The distinct terms of a query with their variants.
    func queryTerms(_ query: MatchQuery) -> [QueryTerm] {
        var memo = TermAnalyzer.Memo()
        let all = analyzer.terms(
            of: query.text, language: query.language, figures: query.figures, dates: query.dates, memo: &memo)
        var seen: Set<String> = []
        var out: [QueryTerm] = []
        for term in all where seen.insert(term).inserted {
            var variants: [(id: Int, weight: Double)] = []
            let exact = index.id(of: term)
            if let exact { variants.append((exact, 1)) }
            if Term.isWord(term), term.count >= thresholds.minimumCognateLength {
                let similar = index.cognates.similar(
                    to: term, minimum: thresholds.cognateSimilarity, excluding: exact)
                for cognate in similar.prefix(Self.maximumCognates) {
                    variants.append((cognate.id, cognate.similarity * thresholds.cognateWeight))
                }
            }
            let idf: Double
            if let exact {
                idf = index.idf(documentFrequency: index.documentFrequency(exact))
            } else if let best = variants.map({ index.idf(documentFrequency: index.documentFrequency($0.id)) }).max() {
                idf = best
            } else {
                // A term no passage holds weighs as a term held by one passage: as rare as can be,
                // without outweighing the found terms in a small collection.
                idf = index.idf(documentFrequency: 1)
            }
            out.append(QueryTerm(term: term, idf: idf, variants: variants, isContent: Term.isContent(term)))
        }
        return out
    }

    /// Walks the postings of each query term's variants and sums, per passage, the best BM25
    /// weight of each query term.
    func tally(_ terms: [QueryTerm], in sources: Set<Int>?) -> [Int32: Tally] {
        var tallies: [Int32: Tally] = [:]
        for (q, term) in terms.enumerated() {
            var best: [Int32: (score: Double, weight: Double)] = [:]
            for variant in term.variants {
                let idf = index.idf(documentFrequency: index.documentFrequency(variant.id))
                for posting in index.postings[variant.id] {
                    if let sources, !sources.contains(Int(locations[Int(posting.passage)].source)) { continue }
                    let score = variant.weight * index.weight(posting, idf: idf)
                    if score > (best[posting.passage]?.score ?? 0) { best[posting.passage] = (score, variant.weight) }
                }
            }
            for (passage, found) in best {
                tallies[passage, default: Tally()].score += found.score
                if term.isContent { tallies[passage, default: Tally()].covered += found.weight * term.idf }
                tallies[passage, default: Tally()].terms.append(q)
            }
        }
        return tallies
    }
}
