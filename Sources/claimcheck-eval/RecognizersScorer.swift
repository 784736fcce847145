import ClaimCheck
import Foundation

/// The verdict on one case.
struct RecognizersOutcome {
    enum Verdict: String {
        case pass, deliberate, disputed
        case outOfScope = "out-of-scope"
        case fail
    }
    var verdict: Verdict
    var expected: String
    var got: String
    var reason: String?
    /// The issue-14 metric: every expected result is overlapped by one of ours (one to one,
    /// nothing extra) with the same value, interval (bounds and their inclusion) or rank.
    var overlapPass = false
}

/// Compares what the figure engine finds with a case's expected results.
enum RecognizersScorer {
    /// One result, ours or expected: span and value or interval.
    struct Item: CustomStringConvertible {
        var text: String
        var start: Int?
        var value: Double?
        var interval: RecognizersInterval?
        /// Our hedge words, to tell a kept hedge from a wrong span.
        var hedge: String?
        /// A relative rank ("end-1", "current+1").
        var relative: String?
        var description: String {
            "\(text.debugDescription)@\(start.map(String.init) ?? "?")="
                + (interval?.description ?? value.map { String($0) } ?? relative ?? "null")
        }
    }

    static func score(_ c: RecognizersCase, family: String) -> RecognizersOutcome {
        let language: Language = c.language == "French" ? .french : .english
        let extractor = FigureExtractor(language: language)
        let expected = c.results.map { r in
            Item(
                text: r.text, start: r.start, value: r.value.flatMap(number),
                interval: r.value.flatMap(RecognizersInterval.init),
                relative: family == "Ordinal" ? r.value.flatMap(relativeRank) : nil)
        }
        let ours = found(c.input, family: family, extractor: extractor, case: c)
        var outcome = RecognizersOutcome(
            verdict: .fail, expected: expected.map(\.description).joined(separator: ", "),
            got: ours.map(\.description).joined(separator: ", "))
        outcome.overlapPass = overlaps(expected, ours)
        if let why = RecognizersDisputes.reason[c.id] {
            outcome.verdict = .disputed
            outcome.reason = why
            return outcome
        }
        if family == "Ordinal" && c.results.contains(where: { $0.value == nil })
            || family == "Percentage" && c.results.contains(where: { r in r.value.map { number($0) == nil } ?? true })
        {
            outcome.verdict = .outOfScope
            outcome.reason = family == "Ordinal" ? "relative ordinal (next, last, current)" : "percent without a number"
            return outcome
        }
        if matches(expected, ours, family: family, lenient: false) {
            outcome.verdict = .pass
        } else if matches(expected, ours, family: family, lenient: true) {
            outcome.verdict = .deliberate
            outcome.reason = "closed range or hedge kept in span"
        } else if family == "Number",
            c.results.contains(where: { r in
                r.text.hasPrefix("- ")
                    && ours.contains {
                        $0.text.lowercased() == r.text.dropFirst(2).trimmingCharacters(in: .whitespaces)
                    }
            })
        {
            outcome.verdict = .deliberate
            outcome.reason = "a spaced dash is a list bullet, not a minus sign"
        } else if family == "Number" {
            let dates = extractor.dates(in: c.input).filter { $0.kind == .day || $0.kind == .dayOfUnknownYear }
            if !dates.isEmpty && ours.count < expected.count {
                outcome.verdict = .deliberate
                outcome.reason = "numbers inside a date are read as the date"
            }
        }
        return outcome
    }

    static func found(_ input: String, family: String, extractor: FigureExtractor, case c: RecognizersCase) -> [Item] {
        let offsets = UTF16Offsets(input)
        switch family {
        case "Number":
            return extractor.numbers(in: input).compactMap { n in
                guard let v = n.number, !n.isPercentage else { return nil }
                return Item(text: n.text, start: offsets[n.start], value: v)
            }
        case "Ordinal":
            return extractor.numbers(in: input).compactMap { n in
                // SuppressExtendedTypes: the spec's option that leaves relative ranks out.
                if let r = n.relativeOrdinal {
                    guard !c.model.contains("SuppressExtendedTypes") else { return nil }
                    return Item(text: n.text, start: offsets[n.start], value: nil, relative: r)
                }
                guard let v = n.ordinal else { return nil }
                return Item(text: n.text, start: offsets[n.start], value: v)
            }
        case "Percentage":
            return extractor.numbers(in: input).compactMap { n in
                guard n.isPercentage, let v = n.number else { return nil }
                return Item(text: n.text, start: offsets[n.start], value: v)
            }
        default:
            return extractor.figures(in: input).compactMap { f in
                guard f.hedge != nil || f.kind == .range, f.kind != .approximate, f.kind != .nearly, f.kind != .vague
                else { return nil }
                return Item(
                    text: f.text, start: offsets[f.start], value: nil,
                    interval: RecognizersInterval(
                        low: f.low, high: f.high, lowInclusive: f.lowInclusive, highInclusive: f.highInclusive),
                    hedge: f.hedge)
            }
        }
    }

    static func matches(_ expected: [Item], _ ours: [Item], family: String, lenient: Bool) -> Bool {
        guard expected.count == ours.count else { return false }
        var used = [Bool](repeating: false, count: ours.count)
        for e in expected {
            guard
                let k = ours.indices.first(where: { k in
                    !used[k] && same(e, ours[k], lenient: lenient)
                })
            else { return false }
            used[k] = true
        }
        return true
    }

    static func overlaps(_ expected: [Item], _ ours: [Item]) -> Bool {
        guard expected.count == ours.count else { return false }
        var used = [Bool](repeating: false, count: ours.count)
        for e in expected {
            guard let es = e.start else { return false }
            let ee = es + e.text.utf16.count
            guard
                let k = ours.indices.first(where: { k in
                    guard !used[k], let os = ours[k].start else { return false }
                    let oe = os + ours[k].text.utf16.count
                    return os < ee && es < oe && sameValue(e, ours[k], lenient: false)
                })
            else { return false }
            used[k] = true
        }
        return true
    }

    static func same(_ e: Item, _ o: Item, lenient: Bool) -> Bool {
        let et = e.text.lowercased().trimmingCharacters(in: .whitespaces)
        let ot = o.text.lowercased().trimmingCharacters(in: .whitespaces)
        var spanOK = et == ot && (e.start == nil || e.start == o.start)
        if !spanOK && lenient, ot.hasSuffix(et), let es = e.start, let os = o.start, os < es,
            let hedge = o.hedge?.lowercased()
        {
            // Our span keeps the hedge or range word before theirs ("about 20~100", "de 1000 à 5000").
            let extra = ot.dropLast(et.count).trimmingCharacters(in: .whitespaces)
            spanOK = hedge.hasPrefix(extra)
        }
        guard spanOK else { return false }
        return sameValue(e, o, lenient: lenient)
    }

    static func sameValue(_ e: Item, _ o: Item, lenient: Bool) -> Bool {
        if e.relative != nil || o.relative != nil { return e.relative == o.relative }
        if let ei = e.interval, let oi = o.interval {
            return ei == oi || (lenient && ei.isHalfOpenVersion(of: oi))
        }
        if let ev = e.value, let ov = o.value {
            return abs(ev - ov) <= 1e-9 * max(1, abs(ev))
        }
        return e.value == nil && o.value == nil
    }

    /// "end-1", "current+1": a relative rank (Recognizers-Text's ordinal notation), else nil.
    static func relativeRank(_ s: String) -> String? {
        for base in ["end", "current"] where s.hasPrefix(base) {
            let offset = s.dropFirst(base.count)
            if let first = offset.first, first == "+" || first == "-", Int(offset.dropFirst()) != nil { return s }
        }
        return nil
    }

    /// "103.666666666667", "0,5", "-1,2732E+15", "20%" → Double.
    static func number(_ s: String) -> Double? {
        var t = s.replacingOccurrences(of: ",", with: ".")
        if t.hasSuffix("%") { t.removeLast() }
        return Double(t)
    }
}

/// Maps Unicode scalar offsets to UTF-16 offsets (Recognizers-Text counts UTF-16 units).
struct UTF16Offsets {
    private var table: [Int] = [0]
    init(_ s: String) {
        for scalar in s.unicodeScalars { table.append(table.last! + scalar.utf16.count) }
    }
    subscript(_ i: Int) -> Int { i < table.count ? table[i] : table.last! }
}
