/// `unsourced-figure`: a claim with a figure or date that credits no specific source (its
/// own or its paragraph's) and that no source passage supports. A claim whose attribution is
/// vague is left to `vague-attribution`; vague quantities ("several") alone do not count.
struct UnsourcedFigureCheck: Check {
    static let rule = Rule.unsourcedFigure

    static func findings(in context: CheckContext) -> [Finding] {
        guard let severity = context.severity(rule) else { return [] }
        return zip(context.claims, context.evidence).compactMap { claim, evidence in
            guard claim.hasCheckableFigure, !claim.hasSpecificAttribution, !claim.isOnlyVaguelyAttributed,
                !evidence.contains(where: { $0.agreement == .supports })
            else { return nil }
            let span = claim.figures.first(where: { $0.kind != .vague })?.text ?? claim.dates.first?.text
            let what = span.map { "\"\($0)\"" } ?? "this figure"
            let searched = context.sourcesGiven ? " and no source given supports it" : ""
            return Finding(
                rule, severity, about: claim,
                message: "\(what) has no source\(searched): say who reported it, or link the report", span: span)
        }
    }
}
