/// Builds the figures and dates of one text: per sentence, dates first, then numbers with
/// their hedges and ranges, vague quantities, then nouns and predicates.
struct FigureBuilder {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let lexicon: Lexicon
    let tolerance: Double

    init(text: String, language: Language, tolerance: Double) {
        self.scalars = ScalarText.scalars(of: text)
        self.tokens = Tokenizer.tokens(in: scalars)
        self.lexicon = Lexicon.of(language)
        self.tolerance = tolerance
    }

    /// Token index ranges of the sentences.
    func sentenceTokenRanges() -> [Range<Int>] {
        let ranges = SentenceSplitter.ranges(in: scalars, language: lexicon.language)
        var out: [Range<Int>] = []
        out.reserveCapacity(ranges.count)
        var t = 0
        for r in ranges {
            while t < tokens.count && tokens[t].start < r.lowerBound { t += 1 }
            let a = t
            while t < tokens.count && tokens[t].start < r.upperBound { t += 1 }
            if t > a { out.append(a..<t) }
        }
        return out
    }

    func text(_ s: Int, _ e: Int) -> String { ScalarText.string(scalars, s..<e) }

    /// Figures and dates of the whole text.
    func build() -> (figures: [Figure], dates: [DateMention]) {
        var figures: [Figure] = []
        var dates: [DateMention] = []
        var carried: (noun: String, head: String)?
        var previousEnd = 0
        for r in sentenceTokenRanges() {
            if isParagraphBreak(from: previousEnd, to: tokens[r.lowerBound].start) { carried = nil }
            let (f, d) = sentence(r, carried: carried)
            figures += f
            dates += d
            if let last = f.last(where: { $0.noun != nil }), let noun = last.noun, let head = last.head {
                carried = (noun, head)
            }
            previousEnd = tokens[r.upperBound - 1].end
        }
        return (figures, dates)
    }

    /// Whether a blank line lies between two scalar offsets.
    func isParagraphBreak(from a: Int, to b: Int) -> Bool {
        var newlines = 0
        for k in a..<max(a, b) where scalars[k] == "\n" {
            newlines += 1
            if newlines >= 2 { return true }
        }
        return false
    }

    /// Raw numbers (Recognizers-Text's NumberModel view): every number outside full dates.
    func numbers() -> [NumberMention] {
        var out: [NumberMention] = []
        for r in sentenceTokenRanges() {
            let found = DateScanner(
                tokens: tokens, scalars: scalars, lexicon: lexicon, limit: r.upperBound, floor: r.lowerBound
            )
            .scan(from: r.lowerBound).filter { $0.mention.kind != .month && $0.mention.kind != .relative }
            var covered = Set<Int>()
            for f in found { for k in f.first..<f.end { covered.insert(k) } }
            out += NumberScanner(
                tokens: tokens, scalars: scalars, lexicon: lexicon, floor: r.lowerBound, limit: r.upperBound
            )
            .scan(from: r.lowerBound, skipping: { covered.contains($0) })
            .filter { m in
                guard m.isLoneOne else { return true }
                // French "un/une" alone is an article; English "the one" a pronoun.
                if lexicon.language == .french { return false }
                return !(m.start > 0 && lexicon.oneDeterminers.contains(tokens[m.start - 1].key))
            }
        }
        return out
    }

    func sentence(_ r: Range<Int>, carried: (noun: String, head: String)? = nil) -> ([Figure], [DateMention]) {
        let dateScanner = DateScanner(
            tokens: tokens, scalars: scalars, lexicon: lexicon, limit: r.upperBound, floor: r.lowerBound)
        let found = dateScanner.scan(from: r.lowerBound)
        var dates = found.map(\.mention)
        var covered = [Bool](repeating: false, count: r.count)
        func cover(_ a: Int, _ b: Int) {
            for k in max(a, r.lowerBound)..<max(max(a, r.lowerBound), min(b, r.upperBound)) {
                covered[k - r.lowerBound] = true
            }
        }
        for f in found { cover(f.first, f.end) }
        let numbers = NumberScanner(
            tokens: tokens, scalars: scalars, lexicon: lexicon, floor: r.lowerBound, limit: r.upperBound)
        let mentions = numbers.scan(from: r.lowerBound, skipping: { covered[$0 - r.lowerBound] })
        var drafts = hedgedDrafts(mentions, in: r, scanner: numbers, dates: &dates, covered: &covered)
        for d in drafts { cover(d.first, d.end) }
        drafts += vagueDrafts(in: r, covered: covered)
        drafts.sort { $0.first < $1.first }
        drafts = mergedInequalities(drafts)
        if isNumbersOnly(r) { drafts = [] }
        dates.sort { $0.start < $1.start }
        return (figures(from: drafts, in: r, carried: carried), dates)
    }

    /// Turns drafts into figures with noun, head and predicate; inherits elided nouns.
    /// `carried`: the last noun of the previous sentence of the paragraph, for "30 of them".
    func figures(from drafts: [Draft], in r: Range<Int>, carried: (noun: String, head: String)?) -> [Figure] {
        var out: [Figure] = []
        var previous: (noun: String, head: String)?
        for d in drafts {
            let s = tokens[d.first].start
            let e = tokens[d.end - 1].end
            var noun = nounPhrase(
                after: d.end, limit: r.upperBound, allowOf: d.nounAfterOf,
                plural: abs(d.value ?? d.high ?? d.low ?? 0) != 1)
            if d.nounOnlyAfterOf, d.end < r.upperBound, !["of", "de", "d", "des", "du"].contains(tokens[d.end].key) {
                noun = nil
            }
            // "300 of the employees", "22 des titres": a count of part of a group, named after it.
            if noun == nil, !d.isPercent, d.currency == nil, let after = partitiveLink(at: d.end, limit: r.upperBound) {
                noun = nounPhrase(after: after, limit: r.upperBound, allowOf: false, plural: true)
                // "330 of the resort's 397 rooms": the noun is the owner of the next figure.
                if let n = noun, n.end < r.upperBound, tokens[n.end].key == "'" { noun = nil }
                // "days one and four of the conference": a count of part of a group names a plural.
                if let n = noun, lexicon.language == .english, !isPluralNoun(tokens[n.end - 1].key) { noun = nil }
            }
            if noun == nil, let c = d.currency { noun = NounPhrase(noun: c, head: c, end: d.end) }
            if noun == nil, !d.isPercent, let p = previous, isElided(after: d.end, limit: r.upperBound) {
                noun = NounPhrase(noun: p.noun, head: p.head, end: d.end)
            }
            if noun == nil, !d.isPercent, previous == nil, let p = carried,
                isAnaphoric(after: d.end, limit: r.upperBound)
            {
                noun = NounPhrase(noun: p.noun, head: p.head, end: d.end)
            }
            let predicate = self.predicate(first: d.first, end: noun?.end ?? d.end, sentence: r)
            let hedgeText =
                d.hedgeTokens.isEmpty
                ? nil
                : d.hedgeTokens.map { text(tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end) }
                    .joined(separator: " … ")
            out.append(
                Figure(
                    text: text(s, e), start: s, end: e, kind: d.kind, value: d.value, low: d.low, high: d.high,
                    lowInclusive: d.lowInclusive, highInclusive: d.highInclusive, noun: noun?.noun, head: noun?.head,
                    predicate: predicate, isPercentage: d.isPercent, hedge: hedgeText))
            if let n = noun { previous = (n.noun, n.head) }
        }
        return out
    }
}
