/// `vague-attribution`: the claim's only attributions are vague ("according to French
/// media", "reportedly", "selon des sources") — a vague attribution is not a source.
struct VagueAttributionCheck: Check {
    static let rule = Rule.vagueAttribution

    static func findings(in context: CheckContext) -> [Finding] {
        guard let severity = context.severity(rule) else { return [] }
        return context.claims.compactMap { claim in
            guard claim.isOnlyVaguelyAttributed else { return nil }
            let phrases = claim.attributions.map { "\"\($0.text)\"" }.joined(separator: ", ")
            return Finding(
                rule, severity, about: claim,
                message: "only a vague attribution (\(phrases)): name the outlet or person, or link the report",
                span: claim.attributions.first?.text)
        }
    }
}
