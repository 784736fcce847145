/// Whether a claim's figures are consequential enough that a missing source matters: tolls,
/// counts of people and events, money, rates and percentages — not incidental detail.
///
/// Explainable rules over the sentence and its place in the page:
/// - place: headings, list items, table cells and pull quotes are page structure, not the
///   article's claims; a sentence of fewer than `minimumWords` words of letters is furniture ("Episode 5",
///   "Le 31/01/2020", "Campagne décembre 2019"), and so are footnotes, credit lines and titles
///   in running text;
/// - mood: a hypothesis or projection ("would cost", "could face", "pourrait atteindre");
/// - kind: dates and years alone are not figures to source; durations and ages ("for five
///   years", "32 ans") are incidental (`ClaimWords.incidentalHeads`), and so is a figure inside
///   a quotation (the speaker's words, not the article's claim);
/// - a percentage, a sum of money, a hedged or range figure ("at least two", "75 to 80") or a
///   count of ten or more is consequential; a smaller exact count is when it opens its sentence
///   ("Six Russian agents …") or counts a toll (`ClaimWords.tollHeads`: dead, injured, …) —
///   "the two allies", "three personalities" are detail.
///
/// Each consequential figure comes with the reason it is one, which the finding gives.
public enum FigureWorthiness {
    /// Sentences with fewer than this many words (of letters) are page furniture.
    public static let minimumWords = 4

    /// Why a claim's figures are not worth a source, or nil when they are.
    public static func reasonNotWorthy(_ claim: Claim, paragraphKind: Paragraph.Kind) -> String? {
        switch paragraphKind {
        case .heading, .listItem, .tableCell, .quote, .preformatted: return "page structure (\(paragraphKind.rawValue))"
        case .paragraph: break
        }
        let words = claim.text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
        if words.count < minimumWords { return "too short to be a claim" }
        if isFootnote(claim.text) { return "a footnote or credit line" }
        if isTitle(claim.text) { return "a title or teaser" }
        if isHypothetical(claim.text) { return "a hypothesis or projection" }
        if isMarketReport(claim.text) { return "market prices (public record)" }
        if consequential(in: claim).isEmpty { return "no consequential figure (dates, durations, ages, small counts, quoted words)" }
        return nil
    }

    /// The claim's consequential figures, in order.
    public static func consequential(in claim: Claim) -> [Figure] {
        reasoned(in: claim).map(\.figure)
    }

    /// The claim's consequential figures, each with why it is one ("a percentage", "a sum of
    /// money", "a share", "a range", "a hedged figure", "a count of 10 or more", "a toll", "a count that opens its sentence").
    public static func reasoned(in claim: Claim) -> [(figure: Figure, reason: String)] {
        let lowered = claim.text.lowercased()
        return claim.figures.compactMap { figure in
            reason(for: figure, in: claim, lowered: lowered).map { (figure, $0) }
        }
    }

    private static func reason(for figure: Figure, in claim: Claim, lowered: String) -> String? {
        guard figure.kind != .vague else { return nil }
        if claim.dates.contains(where: { $0.start <= figure.start && figure.end <= $0.end }) { return nil }
        if isQuoted(figure, in: claim) { return nil }
        if let value = figure.value ?? figure.high, figure.kind == .exact, value >= 1000, value <= 2100, value.rounded() == value,
            figure.noun == nil, !figure.isPercentage
        {
            return nil  // a year
        }
        if isAge(figure, in: claim.text) { return nil }
        if figure.isPercentage { return "a percentage" }
        if isMoney(figure, in: lowered) { return "a sum of money" }
        if let head = figure.head?.lowercased(), ClaimWords.incidentalHeads.contains(head) { return nil }
        // "a third", "la moitié" — not the "third" of "a third-party seller".
        if let value = figure.value, value > 0, value < 1, !followedByHyphen(figure, in: claim.text) { return "a share" }
        if figure.head == nil && figure.noun == nil { return nil }  // a label, number or identifier
        if figure.kind == .range { return "a range" }
        if figure.kind != .exact { return "a hedged figure" }
        let value = figure.value ?? 0
        if value >= 10 { return "a count of 10 or more" }
        if let head = figure.head?.lowercased(), ClaimWords.tollHeads.contains(head) { return "a toll" }
        // "One thing not in dispute", "One of them": a lone "one" opening a sentence is a determiner.
        return value >= 2 && opensSentence(figure, in: claim.text) ? "a count that opens its sentence" : nil
    }

    /// A sentence that opens with a footnote mark ("(1) Auteure de …", "* Cet article …", "[2]")
    /// or a credit label ("Source :", "Graphic:", "Photo:").
    static func isFootnote(_ text: String) -> Bool {
        let trimmed = text.drop(while: \.isWhitespace)
        if trimmed.first == "*" || trimmed.first.map({ "¹²³⁴⁵⁶⁷⁸⁹".contains($0) }) == true { return true }
        if let first = trimmed.first, "([".contains(first) {
            let inside = trimmed.dropFirst().prefix(while: { $0 != ")" && $0 != "]" })
            if !inside.isEmpty, inside.count <= 3, inside.allSatisfy(\.isNumber) { return true }
        }
        let lowered = trimmed.lowercased()
        return ["source :", "source:", "sources :", "sources:", "graphic:", "photo:", "photo :", "crédit", "credit:"]
            .contains { lowered.hasPrefix($0) }
    }

    /// A title in running text — a teaser, a related-article link: no closing punctuation and
    /// most of its longer words capitalised ("My Top 10 Women Talking Sports").
    static func isTitle(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        guard let last = trimmed.last, !".!?…:;\"”»)'’".contains(last) else { return false }
        let words = trimmed.split(whereSeparator: \.isWhitespace).filter { $0.count > 3 && $0.first?.isLetter == true }
        guard words.count >= 2 else { return false }
        return words.filter { $0.first?.isUppercase == true }.count * 3 >= words.count * 2
    }

    /// A sentence with a modal of hypothesis (`ClaimWords.hypotheticalModals`; "May" the month
    /// is capitalised and does not count).
    static func isHypothetical(_ text: String) -> Bool {
        text.split { !$0.isLetter }.contains { ClaimWords.hypotheticalModals.contains(String($0)) }
    }

    /// A sentence that reports market prices (`ClaimWords.marketNouns` and `marketMoves`).
    static func isMarketReport(_ text: String) -> Bool {
        let words = Set(text.lowercased().split { !$0.isLetter && $0 != "&" }.map(String.init))
        return !words.isDisjoint(with: ClaimWords.marketNouns) && !words.isDisjoint(with: ClaimWords.marketMoves)
    }

    /// A bare number between commas after a name: "Parise, 35, had scored", "says Slemp, 33,".
    private static func isAge(_ figure: Figure, in text: String) -> Bool {
        guard figure.kind == .exact, let value = figure.value, value >= 1, value < 120 else { return false }
        let scalars = Array(text.unicodeScalars)
        guard figure.start >= 2, figure.end < scalars.count else { return false }
        let before = String(String.UnicodeScalarView(scalars[max(0, figure.start - 2)..<figure.start]))
        let next = scalars[figure.end]
        guard before == ", ", next == "," || next == ")" else { return false }
        // The word before the comma is a name.
        let prefix = String(String.UnicodeScalarView(scalars[..<(figure.start - 2)]))
        guard let word = prefix.split(whereSeparator: { $0.isWhitespace }).last, let first = word.first else { return false }
        return first.isUppercase
    }

    /// Whether the figure stands inside one of the sentence's quotations.
    private static func isQuoted(_ figure: Figure, in claim: Claim) -> Bool {
        claim.quotes.contains { quote in
            let end = quote.start + quote.text.unicodeScalars.count + 2
            return quote.start <= figure.start && figure.end <= end
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

    private static func followedByHyphen(_ figure: Figure, in text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return figure.end < scalars.count && scalars[figure.end] == "-"
    }

    private static func opensSentence(_ figure: Figure, in text: String) -> Bool {
        let prefix = String(String.UnicodeScalarView(Array(text.unicodeScalars).prefix(figure.start)))
        return !prefix.contains(where: \.isLetter)
    }
}
