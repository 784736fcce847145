/// Splits a paragraph into sentences, English or French.
///
/// A sentence ends at `.`, `!`, `?` or `…` (closing quotes and brackets included) followed by
/// whitespace and an uppercase letter, digit or opening quote, or at a blank line. It does not
/// end after an abbreviation from the word lists (Mr., Dr., M., Mme, U.S., p.m.), a single
/// initial ("J. Smith"), inside a number (3.5), a URL or an e-mail address, or at an ellipsis
/// followed by a lowercase word.
public enum SentenceSplitter {
    /// The sentences of `text`, with their Unicode scalar ranges, whitespace trimmed.
    public static func sentences(in text: String, language: Language = .english) -> [Sentence] {
        let scalars = ScalarText.scalars(of: text)
        return ranges(in: scalars, language: language).map { r in
            Sentence(text: ScalarText.string(scalars, r), start: r.lowerBound, end: r.upperBound)
        }
    }

    /// Sentence ranges over an array of scalars.
    static func ranges(in s: [Unicode.Scalar], language: Language) -> [Range<Int>] {
        let lexicon = Lexicon.of(language)
        var out: [Range<Int>] = []
        var start = 0
        let n = s.count
        var i = 0
        var chunkStart = 0  // start of the current whitespace-delimited chunk
        func emit(_ end: Int) {
            var a = start
            var b = end
            while a < b && Folding.isSpace(s[a]) { a += 1 }
            while b > a && Folding.isSpace(s[b - 1]) { b -= 1 }
            if b > a { out.append(a..<b) }
            start = end
        }
        while i < n {
            let c = s[i]
            if Folding.isSpace(c) {
                // Blank line: paragraph break.
                if c == "\n" {
                    var k = i + 1
                    while k < n && Folding.isSpace(s[k]) && s[k] != "\n" { k += 1 }
                    if k < n && s[k] == "\n" { emit(i) }
                }
                i += 1
                chunkStart = i
                continue
            }
            let v = c.value
            if v == 46 || v == 33 || v == 63 || v == 0x2026 {
                var k = i + 1
                // Runs of terminal marks ("?!", "...").
                while k < n && (s[k].value == 46 || s[k].value == 33 || s[k].value == 63 || s[k].value == 0x2026) {
                    k += 1
                }
                // Closing quotes and brackets.
                while k < n && isCloser(s[k]) { k += 1 }
                // French closing guillemets follow a (narrow) no-break space: "Oui. »".
                var g = k
                while g < n && Folding.isSpace(s[g]) && s[g] != "\n" { g += 1 }
                if g < n && g > k && (s[g].value == 0xBB || s[g].value == 0x203A) {
                    k = g + 1
                    while k < n && isCloser(s[k]) { k += 1 }
                }
                guard k >= n || Folding.isSpace(s[k]) else {
                    i = k
                    continue
                }
                var next = k
                while next < n && Folding.isSpace(s[next]) { next += 1 }
                if next >= n {
                    i = k
                    continue
                }
                let isEllipsis = v == 0x2026 || (k - i >= 3 && v == 46)
                if startsSentence(s[next]) && !(v == 46 && k == i + 1 && isAbbreviation(s, chunkStart, i, lexicon))
                    && !(isEllipsis && !Folding.isUpper(s[next]) && !isOpener(s[next]))
                {
                    emit(k)
                }
                i = k
                continue
            }
            i += 1
        }
        emit(n)
        return out
    }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 34, 39, 41, 93, 0x201D, 0x2019, 0xBB, 0x203A: return true
        default: return false
        }
    }

    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 34, 39, 40, 91, 0x201C, 0x2018, 0xAB, 0x2039, 0x2014, 0x2013: return true
        default: return false
        }
    }

    static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        Folding.isUpper(c) || Folding.isDigit(c) || isOpener(c)
    }

    /// Whether the chunk ending with the period at `dot` is an abbreviation or an initial.
    static func isAbbreviation(_ s: [Unicode.Scalar], _ chunkStart: Int, _ dot: Int, _ lexicon: Lexicon) -> Bool {
        var a = chunkStart
        while a < dot && !Folding.isLetter(s[a]) { a += 1 }
        guard a < dot else { return false }
        if dot - a > 12 { return false }
        // Single initial: "J." (uppercase letter alone).
        if dot - a == 1 && Folding.isUpper(s[a]) { return true }
        var word = String.UnicodeScalarView()
        for k in a..<dot {
            if Folding.isLetter(s[k]) { Folding.appendFolded(s[k], to: &word) } else { word.append(s[k]) }
        }
        let w = String(word)
        if lexicon.abbreviations.contains(w) { return true }
        // Dotted initials: "U.S", "p.m", "e.g".
        var dots = 0
        var letters = 0
        for k in a..<dot {
            if s[k] == "." { dots += 1 } else if Folding.isLetter(s[k]) { letters += 1 } else { return false }
        }
        return dots >= 1 && letters == dots + 1
    }
}
