/// Finds the numbers in a range of tokens: digits with separators, number words in English or
/// French, fractions, powers, scales, ordinals and percentages.
///
/// A hand-written recursive-descent reader over tokens: every rule either consumes tokens and
/// returns the index after them, or returns `nil` and consumes nothing.
struct NumberScanner {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let lexicon: Lexicon
    let limit: Int
    /// First token that may be read (the sentence start).
    let floor: Int

    init(tokens: [Token], scalars: [Unicode.Scalar], lexicon: Lexicon, floor: Int = 0, limit: Int? = nil) {
        self.tokens = tokens
        self.scalars = scalars
        self.lexicon = lexicon
        self.floor = floor
        self.limit = limit ?? tokens.count
    }

    var isFrench: Bool { lexicon.language == .french }

    /// All numbers between token `from` and `limit`, left to right, not overlapping.
    func scan(from: Int = 0, skipping: (Int) -> Bool = { _ in false }) -> [NumberMention] {
        var out: [NumberMention] = []
        var i = from
        while i < limit {
            if skipping(i) {
                i += 1
                continue
            }
            if let m = mention(at: i) {
                // Absurd values (10^400, 10 MB of digits) are dropped whole, never read in parts.
                if m.value.isFinite { out.append(m) }
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// The number starting at token `i`, if any.
    func mention(at i: Int) -> NumberMention? {
        if let m = percentPrefixed(at: i) { return m }
        guard var m = signed(at: i) else { return nil }
        if let f = overFraction(after: m) { m = f }
        if let end = percentSuffix(at: m.end) {
            m.end = end
            m.isPercent = true
        }
        return m
    }

    // MARK: - Token helpers

    func key(_ i: Int) -> String { i < limit ? tokens[i].key : "" }

    func isKind(_ i: Int, _ kind: Token.Kind) -> Bool { i < limit && tokens[i].kind == kind }

    /// Whether token `i` exists and touches the token before it.
    func attached(_ i: Int) -> Bool { i < limit && i > 0 && tokens[i].isAttached }

    func isPunct(_ i: Int, _ k: String) -> Bool { i < limit && tokens[i].kind == .punctuation && tokens[i].key == k }

    func numberWord(_ i: Int) -> NumberWord? {
        i < limit && tokens[i].kind == .word ? lexicon.numberWords[tokens[i].key] : nil
    }

    /// Whether a number could start at token `i` (used to reject "or more than 30").
    func startsNumber(_ i: Int) -> Bool {
        guard i < limit else { return false }
        let t = tokens[i]
        if t.kind == .digits || t.kind == .vulgarFraction { return true }
        if t.kind == .word {
            return lexicon.numberWords[t.key] != nil || lexicon.negatives.contains(t.key)
                || lexicon.articles.contains(t.key)
                    && (numberWord(i + 1) != nil || lexicon.denominators[key(i + 1)] != nil
                        || lexicon.ordinals[key(i + 1)] != nil)
                || lexicon.denominators[t.key] != nil
        }
        return (t.key == "-" || t.key == "+") && isKind(i + 1, .digits) && attached(i + 1)
    }

    /// The value of a digit run (inf for absurdly long runs, never a crash).
    func digitValue(_ i: Int) -> Double {
        var v = 0.0
        for k in tokens[i].start..<tokens[i].end { v = v * 10 + Double(scalars[k].value - 48) }
        return v
    }

    func digitCount(_ i: Int) -> Int { tokens[i].end - tokens[i].start }

    /// The single gap scalar between tokens `i-1` and `i` if the gap is exactly one
    /// group-separating space.
    func singleGroupSpace(before i: Int) -> Bool {
        guard i < limit else { return false }
        let t = tokens[i]
        return t.start - t.gapStart == 1 && Folding.isGroupSpace(scalars[t.gapStart])
    }
}
