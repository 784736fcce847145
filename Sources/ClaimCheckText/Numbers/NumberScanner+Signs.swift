extension NumberScanner {
    /// A number with an optional sign (`-1`, `- 1 4/5`, `minus five`, `négative cinq`).
    func signed(at i: Int) -> NumberMention? {
        guard i < limit else { return nil }
        let t = tokens[i]
        if t.kind == .punctuation && (t.key == "-" || t.key == "+") && signAllowed(at: i) {
            let next = i + 1
            guard next < limit, tokens[next].kind == .digits || tokens[next].kind == .vulgarFraction else { return nil }
            // "- 50 spies" is a list item, not minus fifty: a sign touches its number.
            if !tokens[next].isAttached { return nil }
            guard var m = core(at: next) else { return nil }
            m.start = i
            if t.key == "-" { m.negate() }
            return m
        }
        if t.kind == .word && lexicon.negatives.contains(t.key)
            && !(isFrench && t.key == "moins" && i > 0 && tokens[i - 1].kind == .word)
        {
            guard var m = core(at: i + 1), m.reading != .ordinal else { return nil }
            m.start = i
            m.negate()
            m.isLoneOne = false  // "minus one", "négatif un": a number, not an article
            return m
        }
        return core(at: i)
    }

    /// Whether a `-`/`+` at `i` is a sign rather than a dash: not after a number or a word it
    /// touches ("75-80", "SCP-173").
    func signAllowed(at i: Int) -> Bool {
        guard i > 0 else { return true }
        let prev = tokens[i - 1]
        if prev.kind == .digits || prev.kind == .vulgarFraction { return false }
        if prev.kind == .word {
            if lexicon.numberWords[prev.key] != nil { return false }
            return !tokens[i].isAttached
        }
        if prev.kind == .punctuation {
            // "x>-3", "(-5", but not "2,-"; a sign right after a letter-number is a dash.
            return ![")", "]", "%", "/", "-", "–", "+"].contains(prev.key) || !tokens[i].isAttached
        }
        return true
    }
}

extension NumberMention {
    mutating func negate() {
        value = -value
        numberValue = numberValue.map { -$0 }
        ordinalValue = nil
        bareDigits = nil
    }
}
