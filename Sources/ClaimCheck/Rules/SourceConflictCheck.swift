/// `source-conflict`: a figure or date of the claim disagrees with the comparable one in a
/// source the claim cites, and no passage of the cited sources supports the claim.
struct SourceConflictCheck: Check {
    static let rule = Rule.sourceConflict

    static func findings(in context: CheckContext) -> [Finding] {
        guard let severity = context.severity(rule) else { return [] }
        var findings: [Finding] = []
        for (claim, evidence) in zip(context.claims, context.evidence) {
            // A cited passage that supports the claim settles it: a conflicting one elsewhere in
            // the same sources is then about something else (another year, another count).
            guard let conflict = evidence.first(where: { $0.agreement == .conflicts && $0.cited }),
                !evidence.contains(where: { $0.agreement == .supports && $0.cited })
            else { continue }
            let pair = conflict.comparisons.first { $0.outcome == "conflict" } ?? conflict.comparisons.first
            let detail = pair.map { "\"\($0.claim)\" here, \"\($0.passage)\" in the source" } ?? "the figures differ"
            let publisher = conflict.publisher.map { "\($0), " } ?? ""
            // Which slots of the quantity's frame matched ("same frame: counted noun, verb, …").
            let frame = conflict.reasons.first { $0.hasPrefix("same frame:") }.map { "; \($0)" } ?? ""
            let said = detail + frame
            findings.append(
                Finding(
                    rule, severity, about: claim,
                    message: "disagrees with the cited source (\(publisher)\(conflict.source):\(conflict.line)): \(said)",
                    span: pair?.claim, evidence: conflict))
        }
        return findings
    }
}
