/// `unsourced-figure`: a claim with a consequential figure that credits no specific source (its
/// own, or one its context gives it — see `ContextAttributions`) and that no source passage
/// supports. A claim whose vague attribution names a kind of source ("according to French
/// media", "experts say") is left to `vague-attribution`; one whose vague attribution names no
/// one ("according to estimates", "reportedly") gets both warnings; vague
/// quantities ("several") alone do not count, nor figures that are not consequential
/// (`FigureWorthiness`: page structure, dates, durations, ages, small incidental counts, quoted
/// words; entries of a list written as labelled paragraphs). The finding says why the figure is
/// consequential ("a percentage", "a sum of money").
struct UnsourcedFigureCheck: Check {
    static let rule = Rule.unsourcedFigure

    static func findings(in context: CheckContext) -> [Finding] {
        guard let severity = context.severity(rule) else { return [] }
        let entries = FigureWorthiness.labelledEntries(context.document.paragraphs)
        return zip(context.claims, context.evidence).compactMap { claim, evidence in
            guard !entries.contains(claim.paragraph) else { return nil }
            guard claim.hasCheckableFigure, !claim.hasSpecificAttribution, !claim.isOnlyVaguelyAttributed || claim.isAttributedToNoOne,
                !evidence.contains(where: { $0.agreement == .supports })
            else { return nil }
            let paragraphs = context.document.paragraphs
            let kind = paragraphs.indices.contains(claim.paragraph) ? paragraphs[claim.paragraph].kind : .paragraph
            guard FigureWorthiness.reasonNotWorthy(claim, paragraphKind: kind) == nil,
                let first = FigureWorthiness.reasoned(in: claim).first
            else { return nil }
            let searched = context.sourcesGiven ? " and no source given supports it" : ""
            let noOne = claim.isAttributedToNoOne ? " (\"\(claim.attributions[0].text)\" names no one)" : ""
            return Finding(
                rule, severity, about: claim,
                message: "\"\(first.figure.text)\" (\(first.reason)) has no source\(noOne)\(searched): say who reported it, or link the report",
                span: first.figure.text)
        }
    }
}
