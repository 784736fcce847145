/// `unsupported-by-source`: the claim cites a source that was read, but no passage of the
/// cited sources supports it (or contradicts it: that is `source-conflict`). A claim whose
/// quote was not found is left to `quote-not-found`, the more precise diagnosis.
struct UnsupportedBySourceCheck: Check {
    static let rule = Rule.unsupportedBySource

    static func findings(in context: CheckContext) -> [Finding] {
        guard let severity = context.severity(rule) else { return [] }
        var findings: [Finding] = []
        for index in context.claims.indices {
            let claim = context.claims[index]
            let read = context.citations[index].filter { !$0.sources.isEmpty }
            guard !read.isEmpty, !context.quoteChecks[index].contains(where: { !$0.found && !$0.sources.isEmpty }) else { continue }
            let cited = context.evidence[index].filter(\.cited)
            guard !cited.contains(where: { $0.agreement == .supports || $0.agreement == .conflicts }) else { continue }
            let names = read.map(\.label).joined(separator: ", ")
            let nearest = cited.first.map { " (closest passage: \($0.source):\($0.line))" } ?? ""
            findings.append(
                Finding(
                    rule, severity, about: claim,
                    message: "the cited source (\(names)) was read, but no passage of it supports this claim\(nearest)",
                    evidence: cited.first))
        }
        return findings
    }
}
