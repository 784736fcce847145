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

    /// The paragraphs that are entries of a list written as paragraphs: runs of at least
    /// `minimumRun` consecutive paragraphs that each open with a short label and a colon
    /// ("Elizabeth A. Burton: possession of …", "Passing: 20 of 31 …"). A police blotter or a
    /// box score; page structure like a list item.
    public static func labelledEntries(_ paragraphs: [Paragraph]) -> Set<Int> {
        var entries = Set<Int>()
        var run: [Int] = []
        for index in paragraphs.indices {
            if paragraphs[index].kind == .paragraph, opensWithLabel(paragraphs[index].text) {
                run.append(index)
                continue
            }
            if run.count >= minimumRun { entries.formUnion(run) }
            run = []
        }
        if run.count >= minimumRun { entries.formUnion(run) }
        return entries
    }

    /// The least number of consecutive labelled paragraphs that make a list.
    public static let minimumRun = 3

    /// "Name Name: …": one to four words, the first capitalised, then a colon.
    static func opensWithLabel(_ text: String) -> Bool {
        let trimmed = text.drop(while: \.isWhitespace)
        guard let colon = trimmed.prefix(60).firstIndex(of: ":"), trimmed.first?.isUppercase == true else { return false }
        let label = trimmed[..<colon]
        let words = label.split(whereSeparator: \.isWhitespace)
        // No clause or sentence ends inside the label; an initial ("Elizabeth A. Burton") is no end.
        let ends = words.dropLast().contains { word in
            guard let last = word.last, ".!?".contains(last) else { return false }
            return word.count > 2
        }
        return (1...4).contains(words.count) && !label.contains(where: { ",;!?".contains($0) }) && !ends
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
        // A lead-in to a list ("Seven big questions heading into the debate:") states nothing yet.
        if claim.text.last(where: { !$0.isWhitespace }) == ":" { return nil }
        // The writer's own experience ("I had a 90% success rate", "My oxygen level is 97%").
        if let first = lowered.split(whereSeparator: { !$0.isLetter }).first, ClaimWords.firstPersonSingular.contains(String(first)) {
            return nil
        }
        if let value = figure.value ?? figure.high, figure.kind == .exact, value >= 1000, value <= 2100, value.rounded() == value,
            figure.noun == nil, !figure.isPercentage
        {
            return nil  // a year
        }
        if isAge(figure, in: claim.text) { return nil }
        let before = lastWords(before: figure, in: lowered, count: 3)
        let after = nextWords(after: figure, in: lowered, count: 1)
        if isYearSpan(figure.text) || after.first.map(ClaimWords.eraMarks.contains) == true { return nil }  // "2024/2025", "500 BC"
        if isNamePart(figure, in: claim.text) { return nil }  // "Erik Ten Hag"
        if let last = before.last, ClaimWords.rankingLabels.contains(last) { return nil }  // "a top 10"
        // "the 15% tariffs", "les 40 000 foyers", "its 25 locations", "the current $154,000",
        // "all five victims": a definite figure refers to a quantity the reader is taken to know
        // (told earlier, or public record), not a new claim.
        if isDefinite(before) { return nil }
        if isLabelAfterName(figure, in: claim.text) { return nil }  // "Apollo 10", "Python 2"
        if figure.isPercentage { return "a percentage" }
        if isMoney(figure, in: lowered) {
            let preceding = before.joined(separator: " ")
            if ClaimWords.priceCues.contains(where: { preceding.hasSuffix($0) }) { return nil }
            // "Save $31", "$10 off", "$50 cheaper than": an offer in shopping copy.
            if before.last.map(ClaimWords.offerBefore.contains) == true || after.first.map(ClaimWords.offerAfter.contains) == true { return nil }
            if isPersonalDetail(figure, in: lowered) { return nil }
            return "a sum of money"
        }
        if let head = figure.head?.lowercased(),
            ClaimWords.incidentalHeads.contains(head) || ClaimWords.specUnits.contains(head) || ClaimWords.cookingUnits.contains(head)
        {
            return nil  // a duration, a distance, a score, a spec ("71 kWh", "355 horsepower")
        }
        // "48 hour holds", "a 30-minute drive": a duration modifying the noun.
        if let first = figure.noun?.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).first,
            ClaimWords.incidentalHeads.contains(String(first)) || ClaimWords.incidentalHeads.contains(String(first.dropLast()))
        {
            return nil
        }
        // "a third", "la moitié" — not the "third" of "a third-party seller", nor the half of
        // "deux ans et demi", "three and a half years" (a part of the figure before it).
        if let value = figure.value, value > 0, value < 1, !followedByHyphen(figure, in: claim.text) {
            let preceding = before.joined(separator: " ")
            if value == 0.5, preceding.hasSuffix("and a") || before.last == "et" { return nil }
            if isPersonalDetail(figure, in: lowered) { return nil }
            // Not a share: a half of a match ("in the first half"), an amount in a unit or a time
            // ("½ cup", "a half century", "une demi-heure").
            if before.last.map(ClaimWords.matchHalves.contains) == true { return nil }
            if let next = after.first, ClaimWords.incidentalHeads.contains(next) || ClaimWords.amountUnits.contains(next) { return nil }
            return "a share"
        }
        // A label, number or identifier — unless it is the part of a partitive whose whole is
        // counted ("191 of the approximately 250 files").
        let partitiveWhole = figure.head == nil && figure.noun == nil ? partitiveWhole(of: figure, in: claim) : nil
        if figure.head == nil && figure.noun == nil && partitiveWhole == nil { return nil }
        // A small part of a whole the reader is taken to know ("Eight of the 10 questions") is
        // no more a claim than its whole.
        if let whole = partitiveWhole, (figure.value ?? 0) < 10, reason(for: whole, in: claim, lowered: lowered) == nil { return nil }
        if figure.kind == .range { return "a range" }
        if figure.kind != .exact { return "a hedged figure" }
        let value = figure.value ?? 0
        if value >= 10 { return "a count of 10 or more" }
        if isEnumerated(figure, value: value, in: claim.text) { return nil }
        if let head = figure.head?.lowercased(), ClaimWords.tollHeads.contains(head) { return "a toll" }
        // "One thing not in dispute", "One of them": a lone "one" opening a sentence is a determiner.
        return value >= 2 && opensSentence(figure, in: claim.text) ? "a count that opens its sentence" : nil
    }

    /// The whole of a partitive whose part is this bare number: "of" or "des"/"sur" and another
    /// figure of the claim with a counted noun right after ("191 of the 250 files"). The part
    /// counts what its whole counts.
    private static func partitiveWhole(of figure: Figure, in claim: Claim) -> Figure? {
        guard let whole = claim.figures.first(where: { $0.start > figure.end }), whole.head != nil || whole.noun != nil else { return nil }
        let scalars = Array(claim.text.unicodeScalars)
        guard whole.start <= scalars.count, figure.end <= whole.start else { return nil }
        let between = String(String.UnicodeScalarView(scalars[figure.end..<whole.start])).lowercased()
            .split(whereSeparator: \.isWhitespace).map(String.init)
        return between.count <= 3 && ["of", "des", "sur"].contains(between.first ?? "") ? whole : nil
    }

    /// Up to `count` lower-case words right after the figure (punctuation ends the run:
    /// none after "by half.").
    private static func nextWords(after figure: Figure, in lowered: String, count: Int) -> [String] {
        let scalars = Array(lowered.unicodeScalars)
        guard figure.end < scalars.count else { return [] }
        let rest = String(String.UnicodeScalarView(scalars[figure.end...])).replacingOccurrences(of: "’", with: "'")
        var words: [String] = []
        for piece in rest.split(separator: " ", omittingEmptySubsequences: true) {
            let word = String(piece)
            let isMark = { (character: Character) in character.isPunctuation && character != "'" }
            let trimmed = String(word.drop(while: isMark).reversed().drop(while: isMark).reversed())
            if trimmed.isEmpty { break }
            words.append(trimmed)
            if words.count == count || trimmed != word { break }
        }
        return words
    }

    /// Whether the words before a figure make it definite: a definite or possessive determiner
    /// (`ClaimWords.definiteDeterminers`), a possessive noun ("the alliance's 13 carriers"), or
    /// such a determiner and one of `ClaimWords.definiteModifiers` ("the current $154,000").
    private static func isDefinite(_ before: [String]) -> Bool {
        guard let last = before.last else { return false }
        if ClaimWords.definiteDeterminers.contains(last) || (last.hasSuffix("'s") && last.count > 2) || last.hasSuffix("s'") {
            return true
        }
        return before.count >= 2 && ClaimWords.definiteModifiers.contains(last)
            && ClaimWords.definiteDeterminers.contains(before[before.count - 2])
    }

    /// A number in digits right after a capitalised word inside the sentence, the label of a
    /// name ("the Apollo 10 crew", "Python 2", "Windows 11"): no count. Percentages and money are
    /// not labels ("Trump 47%").
    private static func isLabelAfterName(_ figure: Figure, in text: String) -> Bool {
        guard figure.kind == .exact, !figure.isPercentage, figure.text.first?.isNumber == true else { return false }
        let scalars = Array(text.unicodeScalars)
        guard figure.start > 0, figure.start <= scalars.count else { return false }
        let before = String(String.UnicodeScalarView(scalars[..<figure.start]))
        guard before.last == " " else { return false }
        let words = before.split(separator: " ")
        guard words.count >= 2, let previous = words.last, previous.first?.isUppercase == true,
            previous.allSatisfy({ $0.isLetter || $0 == "-" }), !ClaimWords.calendarNames.contains(previous.lowercased())
        else { return false }
        // The word before the label is not the sentence's first ("Seven 10-year-olds …" has none).
        let first = words[words.count - 2]
        return !(first.last.map { ".!?:".contains($0) } ?? false)
    }

    /// "2024/2025", "2025-26": a span of years (a financial or school year).
    private static func isYearSpan(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { "/–-".contains($0) })
        guard parts.count == 2, let first = Int(parts[0]), parts[0].count == 4, (1800...2100).contains(first),
            [2, 4].contains(parts[1].count), parts[1].allSatisfy(\.isNumber)
        else { return false }
        return true
    }

    /// A number word written with a capital inside a sentence, next to another capitalised word:
    /// part of a name ("Erik Ten Hag", "the Jackson Five"), not a count.
    private static func isNamePart(_ figure: Figure, in text: String) -> Bool {
        guard figure.text.first?.isUppercase == true, figure.text.allSatisfy({ $0.isLetter || $0 == " " }),
            !opensSentence(figure, in: text)
        else { return false }
        let scalars = Array(text.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars[..<min(figure.start, scalars.count)]))
        let after = figure.end < scalars.count ? String(String.UnicodeScalarView(scalars[figure.end...])) : ""
        let previous = before.split(separator: " ").last.map(String.init) ?? ""
        let next = after.split(separator: " ").first.map(String.init) ?? ""
        let capital = { (word: String) in word.first?.isUppercase == true && !word.hasSuffix(".") && !word.hasSuffix(",") }
        return capital(previous) || capital(next)
    }

    /// Up to `count` lower-case words right before the figure.
    private static func lastWords(before figure: Figure, in lowered: String, count: Int) -> [String] {
        let prefix = String(String.UnicodeScalarView(Array(lowered.unicodeScalars).prefix(figure.start)))
        let words = prefix.split(whereSeparator: { $0.isWhitespace }).map { word in
            String(word.replacingOccurrences(of: "’", with: "'").drop(while: { !$0.isLetter }))
        }
        // A currency mark written as a word ("N$", "US$") is part of the sum, not a word before it.
        let marks = words.filter { !$0.isEmpty && !($0.contains(where: { "$€£¥".contains($0) }) && $0.count <= 3) }
        return marks.suffix(count)
    }

    /// A detail of one private person's life: the sentence's subject is a pronoun or a
    /// possessive ("She …", "Her husband …"; `ClaimWords.personalSubjects`) and the figure is a
    /// rate of pay or spending ("$35 an hour") or a share of an amount just given ("a third of
    /// that") — what an interviewee told the reporter.
    private static func isPersonalDetail(_ figure: Figure, in lowered: String) -> Bool {
        guard let first = lowered.split(whereSeparator: { !$0.isLetter }).first, ClaimWords.personalSubjects.contains(String(first)) else {
            return false
        }
        let scalars = Array(lowered.unicodeScalars)
        let after = String(String.UnicodeScalarView(scalars[min(scalars.count, figure.end)..<min(scalars.count, figure.end + 24)]))
            .replacingOccurrences(of: "’", with: "'")
        let words = after.split(whereSeparator: { $0.isWhitespace }).prefix(4).joined(separator: " ")
        if ClaimWords.perPeriod.contains(where: { words.hasPrefix($0) || words.dropFirst(words.first == "," ? 1 : 0).hasPrefix(" " + $0) }) { return true }
        return ["of that", "of it", "of her", "of his", "of their", "de cette somme", "de ce montant"].contains { words.hasPrefix($0) }
    }

    /// A small count whose members the sentence lists right after: "Trois membres … : A, B et
    /// C", "Two hostages — an American and an Australian —". The names are what can be checked,
    /// and they show the count.
    private static func isEnumerated(_ figure: Figure, value: Double, in text: String) -> Bool {
        guard figure.kind == .exact, value >= 2, value < 10 else { return false }
        let scalars = Array(text.unicodeScalars)
        guard figure.end < scalars.count else { return false }
        let rest = String(String.UnicodeScalarView(scalars[figure.end...]))
        guard let opener = rest.firstIndex(where: { ":—–(".contains($0) }) else { return false }
        var list = rest[rest.index(after: opener)...]
        if let close = list.firstIndex(where: { "—–);".contains($0) }) { list = list[..<close] }
        var items = 0
        for part in list.split(separator: ",") {
            let joined = part.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " et ") }
            items += joined.filter { $0.contains(where: \.isLetter) }.count
        }
        return items == Int(value)
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

    /// A sentence that reports market prices (`ClaimWords.marketNouns` with `marketMoves` or
    /// `marketQuotes`).
    static func isMarketReport(_ text: String) -> Bool {
        let words = Set(text.lowercased().split { !$0.isLetter && $0 != "&" }.map(String.init))
        return !words.isDisjoint(with: ClaimWords.marketNouns)
            && (!words.isDisjoint(with: ClaimWords.marketMoves) || !words.isDisjoint(with: ClaimWords.marketQuotes))
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
