/// Pass counts for one language and model family.
struct RecognizersTally {
    var total = 0
    var pass = 0
    var deliberate = 0
    var disputed = 0
    var outOfScope = 0
    var overlap = 0

    mutating func add(_ o: RecognizersOutcome) {
        total += 1
        if o.overlapPass { overlap += 1 }
        switch o.verdict {
        case .pass: pass += 1
        case .deliberate: deliberate += 1
        case .disputed: disputed += 1
        case .outOfScope: outOfScope += 1
        case .fail: break
        }
    }

    /// Strict pass rate: passes over all cases.
    var strict: Double { total == 0 ? 0 : Double(pass) / Double(total) }
    /// The issue-14 metric: each expected result overlapped by ours with the same value.
    var overlapRate: Double { total == 0 ? 0 : Double(overlap) / Double(total) }
    /// Passes plus documented differences, over the cases judged right and in scope.
    var adjusted: Double {
        let judged = total - disputed - outOfScope
        return judged == 0 ? 0 : Double(pass + deliberate) / Double(judged)
    }
}

enum RecognizersReport {
    static func print(_ tally: [String: RecognizersTally]) {
        Swift.print("language model                      cases  pass  delib  disp  scope  strict  adjusted  overlap")
        var byLanguage: [String: RecognizersTally] = [:]
        for key in tally.keys.sorted() {
            let t = tally[key]!
            Swift.print(row(key, t))
            let lang = String(key.split(separator: " ")[0])
            var l = byLanguage[lang, default: RecognizersTally()]
            l.total += t.total
            l.pass += t.pass
            l.deliberate += t.deliberate
            l.disputed += t.disputed
            l.outOfScope += t.outOfScope
            l.overlap += t.overlap
            byLanguage[lang] = l
        }
        for key in byLanguage.keys.sorted() { Swift.print(row(key + " (all)", byLanguage[key]!)) }
    }

    static func row(_ name: String, _ t: RecognizersTally) -> String {
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
        func pct(_ v: Double) -> String { String(Double(Int(v * 1000)) / 1000) }
        return pad(name, 34) + lpad(String(t.total), 7) + lpad(String(t.pass), 6) + lpad(String(t.deliberate), 7)
            + lpad(String(t.disputed), 6) + lpad(String(t.outOfScope), 7) + lpad(pct(t.strict), 8)
            + lpad(pct(t.adjusted), 10) + lpad(pct(t.overlapRate), 9)
    }
}
