/// `source-unavailable`: the claim cites a link (or, when sources were given, a publisher)
/// for which no source was given or readable. Reported once per cited link or publisher.
struct SourceUnavailableCheck: Check {
    static let rule = Rule.sourceUnavailable

    static func findings(in context: CheckContext) -> [Finding] {
        guard let severity = context.severity(rule) else { return [] }
        var seen = Set<String>()
        var findings: [Finding] = []
        for (claim, citations) in zip(context.claims, context.citations) {
            for citation in citations where citation.sources.isEmpty && citation.attribution.inheritedFrom == nil {
                guard citation.attribution.href != nil || context.sourcesGiven else { continue }
                guard seen.insert(citation.label).inserted else { continue }
                findings.append(
                    Finding(
                        rule, severity, about: claim,
                        message: citation.unavailableReason.map { "the cited source \(citation.label) could not be fetched: \($0)" }
                            ?? "the cited source \(citation.label) was not given: save it and pass it with --sources to check this claim",
                        span: citation.attribution.text))
            }
        }
        return findings
    }
}
