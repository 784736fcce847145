/// Whether a claim's figures are consequential enough that a missing source matters: tolls,
/// counts of people and events, money, rates and percentages — not incidental detail.
///
/// Explainable rules over the sentence and its place in the page:
/// - place: headings, list items, table cells and pull quotes are page structure, not the
///   article's claims; a sentence of fewer than `minimumWords` words is furniture ("Episode 5",
///   "Le 31/01/2020", "Campagne décembre 2019");
/// - kind: dates and years alone are not figures to source; durations and ages ("for five
///   years", "32 ans") are incidental (`ClaimWords.incidentalHeads`);
/// - a percentage, a sum of money, a hedged or range figure ("at least two", "75 to 80") or a
///   count of ten or more is consequential; a smaller exact count is when it opens its sentence
///   ("Six Russian agents …") or counts a toll (`ClaimWords.tollHeads`: dead, injured, …) —
///   "the two allies", "three personalities" are detail.
public enum FigureWorthiness {
    /// Sentences shorter than this many words are page furniture.
    public static let minimumWords = 6

    /// Why a claim's figures are not worth a source, or nil when they are.
    public static func reasonNotWorthy(_ claim: Claim, paragraphKind: Paragraph.Kind) -> String? {
        switch paragraphKind {
        case .heading, .listItem, .tableCell, .quote, .preformatted: return "page structure (\(paragraphKind.rawValue))"
        case .paragraph: break
        }
        let words = claim.text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
        if words.count < minimumWords { return "too short to be a claim" }
        if consequential(in: claim).isEmpty { return "no consequential figure (dates, durations, ages, small counts)" }
        return nil
    }

    /// The claim's consequential figures, in order.
    public static func consequential(in claim: Claim) -> [Figure] {
        let lowered = claim.text.lowercased()
        return claim.figures.filter { figure in
            guard figure.kind != .vague else { return false }
            if claim.dates.contains(where: { $0.start <= figure.start && figure.end <= $0.end }) { return false }
            if let value = figure.value ?? figure.high, figure.kind == .exact, value >= 1000, value <= 2100, value.rounded() == value,
                figure.noun == nil, !figure.isPercentage
            {
                return false  // a year
            }
            if figure.isPercentage || isMoney(figure, in: lowered) { return true }
            if let head = figure.head?.lowercased(), ClaimWords.incidentalHeads.contains(head) { return false }
            if figure.head == nil && figure.noun == nil { return false }  // a label, number or identifier
            if figure.kind != .exact { return true }
            let value = figure.value ?? 0
            if value >= 10 { return true }
            if let head = figure.head?.lowercased(), ClaimWords.tollHeads.contains(head) { return true }
            return opensSentence(figure, in: claim.text)
        }
    }

    private static func isMoney(_ figure: Figure, in lowered: String) -> Bool {
        let scalars = Array(lowered.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars[max(0, figure.start - 2)..<min(scalars.count, figure.start)]))
        let after = String(String.UnicodeScalarView(scalars[min(scalars.count, figure.end)..<min(scalars.count, figure.end + 14)]))
        if before.contains(where: { "$€£¥".contains($0) }) || after.contains(where: { "$€£¥".contains($0) }) { return true }
        return ClaimWords.currencyWords.contains { after.hasPrefix(" " + $0) || after.hasPrefix(" million " + $0) || after.hasPrefix(" milliards d'" + $0) }
            || (figure.head.map { ClaimWords.currencyWords.contains($0.lowercased()) } ?? false)
    }

    private static func opensSentence(_ figure: Figure, in text: String) -> Bool {
        let prefix = String(String.UnicodeScalarView(Array(text.unicodeScalars).prefix(figure.start)))
        return !prefix.contains(where: \.isLetter)
    }
}
