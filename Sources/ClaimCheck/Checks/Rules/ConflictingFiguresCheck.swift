/// `conflicting-figures`: two figures of the draft measure the same thing — same counted
/// noun head, same predicate, both percentages or both counts — and differ. Disjoint
/// intervals are an error; a ceiling set against a centre or a floor ("up to fifty" vs
/// "around 50") is a warning. Vague quantities ("several") are not compared. The finding
/// stands at the first figure and points at the other.
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
        var findings: [Finding] = []
        var reported = Set<String>()
        for key in groups.keys.sorted() {
            let members = groups[key]!
            for (index, first) in members.enumerated() {
                for second in members[(index + 1)...] where second.claim.id != first.claim.id {
                    let outcome = Figure.compare(first.figure, second.figure)
                    let natural: Severity
                    let reason: String
                    switch outcome {
                    case .agree: continue
                    case .conflict:
                        natural = .error
                        reason = "they cannot both be right"
                    case .differentlyHedged:
                        natural = .warning
                        reason = "a reader takes away different numbers (\(describe(first.figure)) vs \(describe(second.figure)))"
                    }
                    guard let severity = context.severity(rule, natural: natural) else { return [] }
                    let pairKey = "\(first.claim.id)|\(first.figure.text)|\(second.claim.id)|\(second.figure.text)"
                    guard reported.insert(pairKey).inserted else { continue }
                    let what = [first.figure.noun ?? first.figure.head, first.figure.predicate.map { "(\($0))" }]
                        .compactMap { $0 }.joined(separator: " ")
                    findings.append(
                        Finding(
                            rule, severity, about: first.claim,
                            message: "\"\(first.figure.text)\" and \"\(second.figure.text)\" on line \(second.claim.line) count the same \(what), but \(reason); make them agree or say why they differ",
                            span: first.figure.text,
                            related: [.init(claim: second.claim.id, line: second.claim.line, column: second.claim.column, text: second.figure.text)]))
                }
            }
        }
        return findings
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
