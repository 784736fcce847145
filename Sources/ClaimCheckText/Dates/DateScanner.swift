/// Finds dates and relative times in a range of tokens: `2022-02-24`, `24/02/2022`,
/// `24 February 2022`, `February 24, 2022`, `le 24 février 2022`, `November 2020`,
/// `novembre 2020`, and relative expressions such as "a few days ago" or "à l'époque".
/// Bare years ("in 2016") are decided by the figure builder, which knows the hedges.
struct DateScanner {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let lexicon: Lexicon
    let limit: Int
    /// First token of the sentence: nothing before it is read.
    var floor = 0

    struct Found {
        var mention: DateMention
        var first: Int
        var end: Int
    }

    func key(_ i: Int) -> String { i < limit ? tokens[i].key : "" }
    func isDigits(_ i: Int, _ counts: ClosedRange<Int>) -> Bool {
        i < limit && tokens[i].kind == .digits && counts.contains(tokens[i].end - tokens[i].start)
    }
    func attached(_ i: Int) -> Bool { i < limit && tokens[i].isAttached }
    func int(_ i: Int) -> Int {
        var v = 0
        for k in tokens[i].start..<tokens[i].end { v = v * 10 + Int(scalars[k].value - 48) }
        return v
    }

    /// The month number of token `i` (English months must be capitalised: "may" is a verb).
    func month(_ i: Int) -> Int? {
        guard i < limit, tokens[i].kind == .word, let m = lexicon.months[tokens[i].key] else { return nil }
        if lexicon.language == .english && !Folding.isUpper(scalars[tokens[i].start]) { return nil }
        return m
    }

    func scan(from a: Int) -> [Found] {
        var out: [Found] = []
        var i = a
        while i < limit {
            if let f = date(at: i) ?? relative(at: i) {
                out.append(f)
                i = f.end
            } else {
                i += 1
            }
        }
        return out
    }

    func make(_ first: Int, _ end: Int, _ kind: DateMention.Kind, _ d1: Day?, _ d2: Day?) -> Found {
        let s = tokens[first].start
        let e = tokens[end - 1].end
        return Found(
            mention: DateMention(
                text: ScalarText.string(scalars, s..<e), start: s, end: e, kind: kind, firstDay: d1, lastDay: d2),
            first: first, end: end)
    }

    func monthInterval(_ first: Int, _ end: Int, year: Int, month: Int) -> Found {
        make(
            first, end, .month, Day(year: year, month: month, day: 1),
            Day(year: year, month: month, day: Day.length(ofMonth: month, year: year)))
    }

    func date(at i: Int) -> Found? {
        // Decades: "the 1990s" is ten years.
        if isDigits(i, 4...4), int(i) % 10 == 0, i + 1 < limit, tokens[i + 1].kind == .word, attached(i + 1),
            key(i + 1) == "s", !(i + 2 < limit && tokens[i + 2].kind == .word && attached(i + 2))
        {
            let y = int(i)
            return make(i, i + 2, .period, Day(year: y, month: 1, day: 1), Day(year: y + 9, month: 12, day: 31))
        }
        // ISO: 2022-02-24, 1995-01.
        if isDigits(i, 4...4), key(i + 1) == "-", attached(i + 1), isDigits(i + 2, 1...2), attached(i + 2) {
            let y = int(i)
            let m = int(i + 2)
            if key(i + 3) == "-", attached(i + 3), isDigits(i + 4, 1...2), attached(i + 4) {
                if let d = Day.valid(year: y, month: m, day: int(i + 4)) { return make(i, i + 5, .day, d, d) }
                return nil
            }
            if (1...12).contains(m) && !(key(i + 3) == "-" && attached(i + 3)) {
                return monthInterval(i, i + 3, year: y, month: m)
            }
        }
        // Slashed: 24/02/2022 (day first in French; month first in English unless impossible), 01/1995.
        if isDigits(i, 1...2), key(i + 1) == "/", attached(i + 1), isDigits(i + 2, 1...2), attached(i + 2),
            key(i + 3) == "/", attached(i + 3), isDigits(i + 4, 2...4), attached(i + 4)
        {
            var a = int(i)
            var b = int(i + 2)
            var y = int(i + 4)
            if y < 100 { y += y < 50 ? 2000 : 1900 }
            if lexicon.language == .english && a <= 12 && b > 12 { swap(&a, &b) }
            if lexicon.language == .english && a <= 12 && b <= 12 { swap(&a, &b) }
            if let d = Day.valid(year: y, month: b, day: a) { return make(i, i + 5, .day, d, d) }
            return nil
        }
        if isDigits(i, 1...2), key(i + 1) == "/", attached(i + 1), isDigits(i + 2, 4...4), attached(i + 2),
            (1...12).contains(int(i))
        {
            return monthInterval(i, i + 3, year: int(i + 2), month: int(i))
        }
        // Day month [year]: "24 February 2022", "le 24 février 2022", "1er mars 2022".
        if isDigits(i, 1...2) {
            var k = i + 1
            if k < limit, tokens[k].kind == .word, attached(k), ["er", "st", "nd", "rd", "th", "e"].contains(key(k)) {
                k += 1
            }
            if let m = month(k) {
                let day = int(i)
                let first = i > floor && ["le", "the", "du", "au"].contains(key(i - 1)) ? i - 1 : i
                var e = k + 1
                if key(e) == "." && attached(e) { e += 1 }
                if isDigits(e, 4...4) {
                    if let d = Day.valid(year: int(e), month: m, day: day) { return make(first, e + 1, .day, d, d) }
                    return nil
                }
                guard day >= 1 && day <= 31 else { return nil }
                return make(first, e, .dayOfUnknownYear, nil, nil)
            }
        }
        // Month day, year: "February 24, 2022"; month year: "November 2020".
        if let m = month(i) {
            var k = i + 1
            if key(k) == "." && attached(k) { k += 1 }
            if isDigits(k, 1...2) {
                var e = k + 1
                if e < limit, tokens[e].kind == .word, attached(e), ["st", "nd", "rd", "th"].contains(key(e)) {
                    e += 1
                }
                if key(e) == "," { e += 1 }
                if isDigits(e, 4...4), let d = Day.valid(year: int(e), month: m, day: int(k)) {
                    return make(i, e + 1, .day, d, d)
                }
                if lexicon.language == .english, (1...31).contains(int(k)) {
                    return make(i, k + 1, .dayOfUnknownYear, nil, nil)
                }
            }
            if isDigits(k, 4...4) {
                return monthInterval(i, k + 1, year: int(k), month: m)
            }
        }
        return nil
    }

    /// "a few days ago", "at the time", "il y a trois jours", "à l'époque".
    func relative(at i: Int) -> Found? {
        if let (_, end) = lexicon.relativeTimes.match(forwardFrom: i, in: tokens, limit: limit) {
            return make(i, end, .relative, nil, nil)
        }
        let ago = lexicon.ago
        if lexicon.language == .french {
            // il y a + quantity + unit
            guard i + ago.count < limit, (0..<ago.count).allSatisfy({ key(i + $0) == ago[$0] }) else { return nil }
            var k = i + ago.count
            var steps = 0
            while k < limit && steps < 4 {
                if lexicon.timeUnits.contains(key(k)) { return make(i, k + 1, .relative, nil, nil) }
                k += 1
                steps += 1
            }
            return nil
        }
        // quantity + unit + ago (English): start at the quantity.
        guard
            tokens[i].kind == .digits || lexicon.numberWords[key(i)] != nil || lexicon.articles.contains(key(i))
                || key(i) == "several" || key(i) == "few"
        else { return nil }
        var k = i + 1
        var steps = 0
        while k < limit && steps < 4 {
            if lexicon.timeUnits.contains(key(k)) && key(k + 1) == ago.first {
                return make(i, k + 2, .relative, nil, nil)
            }
            if tokens[k].kind == .punctuation && key(k) != "-" { return nil }
            k += 1
            steps += 1
        }
        return nil
    }
}
