/// Splits text into `Token`s: words, digit runs, punctuation, URLs and e-mail addresses.
///
/// Whitespace is not a token; each token records where the whitespace before it starts
/// (`gapStart`), so a grammar can tell `1 200` (one gap scalar) from `1,200` and `75-80`.
public enum Tokenizer {
    /// The tokens of `text`, with Unicode scalar offsets.
    public static func tokens(in text: String) -> [Token] {
        tokens(in: ScalarText.scalars(of: text))
    }

    /// The tokens of an array of scalars; offsets index that array.
    static func tokens(in s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(s.count / 4 + 1)
        var i = 0
        let n = s.count
        var gapStart = 0
        var chunkStart = true
        var key: [UInt8] = []
        key.reserveCapacity(32)
        while i < n {
            let c = s[i]
            if Folding.isSpace(c) {
                i += 1
                chunkStart = true
                continue
            }
            if chunkStart {
                chunkStart = false
                if let (end, kind) = linkChunk(s, from: i) {
                    out.append(Token(kind: kind, start: i, end: end, key: "", gapStart: gapStart))
                    i = end
                    gapStart = i
                    continue
                }
            }
            let start = i
            if Folding.isDigit(c) {
                while i < n && Folding.isDigit(s[i]) { i += 1 }
                out.append(Token(kind: .digits, start: start, end: i, key: "", gapStart: gapStart))
            } else if Folding.isLetter(c) {
                key.removeAll(keepingCapacity: true)
                while i < n && Folding.isLetter(s[i]) {
                    Folding.appendFolded(s[i], to: &key)
                    i += 1
                }
                let folded = String(decoding: key, as: UTF8.self)
                out.append(Token(kind: .word, start: start, end: i, key: folded, gapStart: gapStart))
            } else if (0xBC...0xBE).contains(c.value) || (0x2150...0x215E).contains(c.value) {
                i += 1
                out.append(
                    Token(kind: .vulgarFraction, start: start, end: i, key: String(Character(c)), gapStart: gapStart))
            } else {
                i += 1
                out.append(
                    Token(kind: .punctuation, start: start, end: i, key: Folding.punctuationKey(c), gapStart: gapStart))
            }
            gapStart = i
        }
        return out
    }

    /// If the whitespace-delimited chunk at `from` is a URL, e-mail address or bare domain,
    /// its end (trailing punctuation excluded) and kind.
    static func linkChunk(_ s: [Unicode.Scalar], from: Int) -> (Int, Token.Kind)? {
        var end = from
        let n = s.count
        var sawAt = false
        var sawColonSlash = false
        var dots = 0
        while end < n && !Folding.isSpace(s[end]) {
            let v = s[end].value
            if v == 64 { sawAt = true }
            if v == 46 { dots += 1 }
            if v == 58 && end + 2 < n && s[end + 1] == "/" && s[end + 2] == "/" { sawColonSlash = true }
            end += 1
            if end - from > 2_048 { return nil }
        }
        // Trim trailing punctuation that belongs to the sentence.
        while end > from {
            switch s[end - 1].value {
            case 46, 44, 59, 58, 33, 63, 41, 93, 34, 39, 0x201D, 0x2019, 0xBB: end -= 1
            default:
                return classify(s, from: from, end: end, sawAt: sawAt, sawColonSlash: sawColonSlash, dots: dots)
            }
        }
        return nil
    }

    private static func classify(
        _ s: [Unicode.Scalar], from: Int, end: Int, sawAt: Bool, sawColonSlash: Bool, dots: Int
    ) -> (Int, Token.Kind)? {
        if dots == 0 && !sawColonSlash { return nil }
        if sawColonSlash { return (end, .url) }
        // www.
        if end - from > 4, s[from].value | 0x20 == 119, s[from + 1].value | 0x20 == 119,
            s[from + 2].value | 0x20 == 119, s[from + 3] == "."
        {
            return (end, .url)
        }
        // e-mail: letters@letters.tld
        if sawAt {
            var at = from
            while at < end && s[at] != "@" { at += 1 }
            if at > from && at < end - 3 {
                var dotAfter = false
                for k in (at + 1)..<end where s[k] == "." { dotAfter = true }
                if dotAfter { return (end, .email) }
            }
            return nil
        }
        // bare domain: label(.label)*.tld, tld lowercase letters, 2–6 long; first a letter.
        guard Folding.isLetter(s[from]) else { return nil }
        var lastDot = -1
        for k in from..<end {
            let c = s[k]
            if c == "." {
                if k == from || s[k - 1] == "." { return nil }
                lastDot = k
            } else if !(c.value < 128 && (Folding.isLetter(c) || Folding.isDigit(c) || c == "-")) {
                return nil
            }
        }
        let tldLength = end - lastDot - 1
        guard lastDot > from, tldLength >= 2, tldLength <= 6 else { return nil }
        for k in (lastDot + 1)..<end where !(s[k].value >= 97 && s[k].value <= 122) { return nil }
        // "word.Word" typos aside, the label before the TLD needs two letters.
        var labelLength = 0
        var k = lastDot - 1
        while k >= from && s[k] != "." {
            labelLength += 1
            k -= 1
        }
        return labelLength >= 2 ? (end, .url) : nil
    }
}
