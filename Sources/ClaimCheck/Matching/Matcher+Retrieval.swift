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
        /// Whether the claim writes it as a name (a capitalised word the lexicon does not know).
        var isName: Bool
    }

    /// Working memory of a query: what the passages collected from its terms, in slots
    /// indexed by passage number (only the `touched` slots are meaningful), and the best
    /// variant of the current term per passage.
    ///
    /// Kept between queries (`ScratchPool`) and cleaned after each query by visiting only the
    /// touched slots, so a query costs what its postings cost.
    struct Scratch {
        var score: [Double]
        /// Sum of matched content terms' idf, times the variant weight.
        var covered: [Double]
        /// Bit `q` set when query term `q` (< 64) was found.
        var found: [UInt64]
        /// The passages holding at least one query term, in the order met.
        var touched: [Int32] = []
        var best: [Double]
        var bestWeight: [Double]
        var met: [Int32] = []
        /// Per paragraph, bit `q` set when query term `q` is in one of its passages.
        var inParagraph: [UInt64]
        var touchedParagraphs: [Int32] = []

        init(count: Int, paragraphs: Int) {
            score = Array(repeating: 0, count: count)
            covered = Array(repeating: 0, count: count)
            found = Array(repeating: 0, count: count)
            best = Array(repeating: 0, count: count)
            bestWeight = Array(repeating: 0, count: count)
            inParagraph = Array(repeating: 0, count: paragraphs)
        }

        /// Empties the touched slots for the next query.
        mutating func reset() {
            for passage in touched {
                let p = Int(passage)
                score[p] = 0
                covered[p] = 0
                found[p] = 0
            }
            touched.removeAll(keepingCapacity: true)
            for paragraph in touchedParagraphs { inParagraph[Int(paragraph)] = 0 }
            touchedParagraphs.removeAll(keepingCapacity: true)
        }
    }

    /// Most cognates followed per query word.
    static let maximumCognates = 6

    /// The weight of a multi-word term's concept found through its head word alone.
    static let phraseHeadWeight = 0.8

    /// The distinct terms of a query with their variants.
    func queryTerms(_ query: MatchQuery) -> [QueryTerm] {
        var memo = TermAnalyzer.Memo()
        var names: Set<String> = []
        let all = analyzer.terms(
            of: query.text, language: query.language, figures: query.figures, dates: query.dates, memo: &memo,
            names: &names, phraseWords: false)
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
            // A word that heads a multi-word term ("beds" in "hospital beds") also finds the
            // term's concept, which the other language writes as one phrase ("lits d'hôpital").
            if Term.isWord(term) {
                for concept in analyzer.phrases.headConcepts(of: term, language: query.language).sorted() {
                    if let id = index.id(of: String(Term.conceptPrefix) + concept), id != exact {
                        variants.append((id, Self.phraseHeadWeight))
                    }
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
            out.append(
                QueryTerm(
                    term: term, idf: idf, variants: variants, isContent: Term.isContent(term),
                    isName: names.contains(term)))
        }
        return out
    }

    /// The query's pairs of adjacent terms (words, concepts, names, figures, dates, as the
    /// index holds them), and how many pairs it has: a pair with a term no passage holds
    /// counts but can never be found.
    func queryPairs(_ query: MatchQuery) -> (pairs: [UInt64], count: Int) {
        var memo = TermAnalyzer.Memo()
        let all = analyzer.terms(
            of: query.text, language: query.language, figures: query.figures, dates: query.dates, memo: &memo)
        var found: Set<UInt64> = []
        var count = 0
        for i in all.indices {
            for j in (i + 1)..<min(all.count, i + 1 + PassageIndex.pairSpan) where all[i] != all[j] {
                count += 1
                if let x = index.id(of: all[i]), let y = index.id(of: all[j]) { found.insert(PassageIndex.pair(x, y)) }
            }
        }
        return (found.sorted(), count)
    }

    /// Walks the postings of each query term's variants and sums, per passage, the best BM25
    /// weight of each query term.
    func tally(_ terms: [QueryTerm], in sources: Set<Int>?, into scratch: inout Scratch) {
        var allowed: [Bool]? = nil
        if let sources {
            var flags = Array(repeating: false, count: store.sources.count)
            for id in sources where flags.indices.contains(id) { flags[id] = true }
            allowed = flags
        }
        for (q, term) in terms.enumerated() {
            scratch.met.removeAll(keepingCapacity: true)
            for variant in term.variants {
                let idf = index.idf(documentFrequency: index.documentFrequency(variant.id))
                for posting in index.postings[variant.id] {
                    let p = Int(posting.passage)
                    if let allowed, !allowed[Int(locations[p].source)] { continue }
                    let score = variant.weight * index.weight(posting, idf: idf)
                    if scratch.best[p] == 0 { scratch.met.append(posting.passage) }
                    if score > scratch.best[p] {
                        scratch.best[p] = score
                        scratch.bestWeight[p] = variant.weight
                    }
                }
            }
            let bit: UInt64 = q < 64 ? 1 << UInt64(q) : 0
            for passage in scratch.met {
                let p = Int(passage)
                if scratch.found[p] == 0 && scratch.score[p] == 0 { scratch.touched.append(passage) }
                scratch.score[p] += scratch.best[p]
                if term.isContent { scratch.covered[p] += scratch.bestWeight[p] * term.idf }
                scratch.found[p] |= bit
                let paragraph = Int(paragraphs[p])
                if scratch.inParagraph[paragraph] == 0 { scratch.touchedParagraphs.append(paragraphs[p]) }
                scratch.inParagraph[paragraph] |= bit
                scratch.best[p] = 0
                scratch.bestWeight[p] = 0
            }
        }
    }
}
