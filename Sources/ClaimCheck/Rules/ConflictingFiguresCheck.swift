/// `conflicting-figures`: two figures of the draft measure the same thing — same counted
/// noun head, same predicate, both percentages or both counts — and differ. Disjoint
/// intervals are an error; a ceiling set against a centre or a floor ("up to fifty" vs
/// "around 50") is a warning. Vague quantities ("several") are not compared, nor are claims
/// whose dates do not overlap (different moments). The finding stands at the first figure
/// and points at the others.
struct ConflictingFiguresCheck: Check {
    static let rule = Rule.conflictingFigures

    static func findings(in context: CheckContext) -> [Finding] {
        var groups: [String: [(claim: Claim, figure: Figure)]] = [:]
        for claim in context.claims {
            for figure in claim.figures where figure.kind != .vague {
                guard let head = figure.head else { continue }
                let key = "\(head)|\(figure.predicate ?? "")|\(figure.isPercentage)"
                groups[key, default: []].append((claim, figure))
            }
        }
        // Each later figure is tied to the first earlier figure it disagrees with; a finding
        // stands at that earlier figure and lists every figure tied to it, so a draft of many
        // disagreeing counts gives one finding per anchor, not one per pair.
        var anchors: [String: (claim: Claim, figure: Figure, worst: Severity, related: [(Claim, Figure, FigureComparison)])] = [:]
        var order: [String] = []
        for key in groups.keys.sorted() {
            let members = groups[key]!
            for (index, later) in members.enumerated() {
                for earlier in members[..<index] where earlier.claim.id != later.claim.id && sameScope(earlier.claim, later.claim) {
                    let outcome = Figure.compare(earlier.figure, later.figure)
                    guard outcome != .agree else { continue }
                    let anchorKey = "\(earlier.claim.id)|\(earlier.figure.start)"
                    let severity: Severity = outcome == .conflict ? .error : .warning
                    if anchors[anchorKey] == nil {
                        anchors[anchorKey] = (earlier.claim, earlier.figure, severity, [])
                        order.append(anchorKey)
                    }
                    anchors[anchorKey]!.worst = max(anchors[anchorKey]!.worst, severity)
                    anchors[anchorKey]!.related.append((later.claim, later.figure, outcome))
                    break
                }
            }
        }
        return order.compactMap { key in
            let anchor = anchors[key]!
            guard let severity = context.severity(rule, natural: anchor.worst), let (claim, figure, outcome) = anchor.related.first else { return nil }
            let what = [anchor.figure.noun ?? anchor.figure.head, anchor.figure.predicate.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            let reason = outcome == .conflict
                ? "they cannot both be right"
                : "a reader takes away different numbers (\(describe(anchor.figure)) vs \(describe(figure)))"
            let others = anchor.related.count > 1 ? " (and \(anchor.related.count - 1) more)" : ""
            return Finding(
                rule, severity, about: anchor.claim,
                message: "\"\(anchor.figure.text)\" and \"\(figure.text)\" on line \(claim.line)\(others) count the same \(what), but \(reason); make them agree or say why they differ",
                span: anchor.figure.text,
                related: anchor.related.map { .init(claim: $0.0.id, line: $0.0.line, column: $0.0.column, text: $0.1.text) })
        }
    }

    /// Whether two claims can be about the same moment: not when both are dated and their
    /// dates do not overlap ("in 2020, 35 diplomats…" and "in 2022, 50 diplomats…").
    static func sameScope(_ a: Claim, _ b: Claim) -> Bool {
        let first = a.dates.compactMap { date in date.firstDay.flatMap { start in date.lastDay.map { (start, $0) } } }
        let second = b.dates.compactMap { date in date.firstDay.flatMap { start in date.lastDay.map { (start, $0) } } }
        guard !first.isEmpty, !second.isEmpty else { return true }
        return first.contains { x in second.contains { y in x.0 <= y.1 && y.0 <= x.1 } }
    }

    /// "a ceiling", "an estimate", … — how a reader takes a figure.
    static func describe(_ figure: Figure) -> String {
        switch figure.kind {
        case .exact: return "an exact count"
        case .approximate: return "an estimate"
        case .nearly: return "a figure just under"
        case .atMost: return "a ceiling"
        case .atLeast: return "a floor"
        case .range: return "a range"
        case .vague: return "a vague quantity"
        }
    }
}
