/// Sources a claim's context gives it when its own sentence names none: a fact-checker reads a
/// sentence with the sentences around it.
///
/// A claim with a figure and no attribution of its own (or only a French reporting conditional,
/// "aurait", which then reports what the named source says) takes, in this order:
/// - the specific attribution of another sentence of its paragraph, the nearest later one (an
///   earlier one is already continued by `ClaimFinder`) — scope `paragraph`;
/// - when its paragraph continues the one before (it opens with a quotation mark, a pronoun
///   or a word pointing back: "« … »", "He added …", "That share …", "Cette hausse …"), the
///   last specific attribution of that paragraph — scope `previous-paragraph`;
/// - the specific attribution of another sentence that gives the same figure (ten or more, or
///   a percentage; not a year): a standfirst's "at least 40 dead" sourced in the body — scope
///   `same-figure`.
/// - when the text presents its figures as its authors' own study (two sentences or more say
///   "we analysed", "nous avons dépouillé", "notre étude", outside quotations), the first of
///   those sentences (for that sentence itself, its own id) — scope `own-study`.
///
/// The inherited attribution records `inheritedFrom` (the claim it came from) and
/// `inheritedScope` (where that claim stands), so the report says where the source was found.
enum ContextAttributions {
    static func resolve(_ claims: [Claim], in document: Document) -> [Claim] {
        let own: [Attribution?] = claims.map { claim in
            claim.attributions.last { $0.kind == .specific && $0.inheritedFrom == nil && $0.carries }
        }
        let studies = claims.indices.filter { claims[$0].quotes.isEmpty && isOwnStudy(claims[$0].text) }
        let study: (index: Int, attribution: Attribution)? =
            studies.count >= 2
            ? studies.first.map { ($0, Attribution(text: "the authors' own study", kind: .specific, source: "the authors")) } : nil
        var out = claims
        for index in claims.indices {
            let claim = claims[index]
            // A reporting conditional reports what the named source of its context says, figure or not.
            guard !claim.figures.isEmpty || !claim.dates.isEmpty || !claim.attributions.isEmpty, needsContext(claim) else { continue }
            guard let (from, scope) = source(for: index, claims: claims, own: own, document: document),
                var inherited = own[from]
            else {
                if let study {
                    var inherited = study.attribution
                    inherited.inheritedFrom = claims[study.index].id
                    inherited.inheritedScope = .ownStudy
                    out[index].attributions.append(inherited)
                }
                continue
            }
            inherited.inheritedFrom = claims[from].id
            inherited.inheritedScope = scope
            out[index].attributions.append(inherited)
        }
        return out
    }

    /// No attribution, or only French reporting conditionals.
    static func needsContext(_ claim: Claim) -> Bool {
        claim.attributions.allSatisfy { attribution in
            attribution.kind == .vague && attribution.inheritedFrom == nil
                && AttributionCues.frenchReportedConditional.contains(AttributionWords.fold(attribution.text))
        }
    }

    private static func source(
        for index: Int, claims: [Claim], own: [Attribution?], document: Document
    ) -> (Int, Attribution.InheritedScope)? {
        let claim = claims[index]
        // Another sentence of the paragraph: the nearest earlier one (for a conditional), else the nearest later one.
        if !claim.attributions.isEmpty,
            let earlier = claims.indices.prefix(index).last(where: { claims[$0].paragraph == claim.paragraph && own[$0] != nil })
        {
            return (earlier, .paragraph)
        }
        if let later = claims.indices.suffix(from: index + 1).first(where: { claims[$0].paragraph == claim.paragraph && own[$0] != nil }) {
            return (later, .paragraph)
        }
        if claim.paragraph > 0, document.paragraphs.indices.contains(claim.paragraph),
            continuesPrevious(document.paragraphs[claim.paragraph].text),
            let before = claims.indices.prefix(index).last(where: { claims[$0].paragraph == claim.paragraph - 1 && own[$0] != nil })
        {
            return (before, .previousParagraph)
        }
        let figures = claim.figures.filter(isDistinctive)
        if !figures.isEmpty,
            let same = claims.indices.first(where: { other in
                other != index && own[other] != nil
                    && claims[other].figures.contains { candidate in figures.contains { sameFigure($0, candidate) } }
            })
        {
            return (same, .sameFigure)
        }
        return nil
    }

    /// Whether a sentence presents figures as its authors' own study: "our survey", "notre
    /// étude", "we analysed", "nous avons dépouillé" (`AttributionCues.ownStudyPhrases`, `studyVerbs`).
    static func isOwnStudy(_ text: String) -> Bool {
        let words = AttributionWords(text)
        if AttributionCues.ownStudyPhrases.contains(where: { !words.positions(ofPhrase: $0).isEmpty }) { return true }
        for index in words.lower.indices where ["we", "nous"].contains(words.lower[index]) {
            var next = index + 1
            if next < words.count, ["have", "had", "avons", "avions"].contains(words.lower[next]) { next += 1 }
            if next < words.count, AttributionCues.studyVerbs.contains(words.lower[next]) { return true }
        }
        return false
    }

    /// Whether a paragraph opens by continuing the one before: a quotation mark, a pronoun or a
    /// word pointing back ("That share …", "Cette hausse …").
    static func continuesPrevious(_ text: String) -> Bool {
        let trimmed = text.drop(while: { $0.isWhitespace })
        guard let first = trimmed.first else { return false }
        if "“«\"„‘".contains(first) { return true }
        let word = AttributionWords.fold(String(trimmed.prefix(while: { $0.isLetter || $0 == "'" || $0 == "’" })))
        return AttributionCues.speakerPronouns.contains(word) || ClaimWords.anaphoricOpenings.contains(word) || ["cette", "cet"].contains(word)
    }

    /// A figure distinctive enough to recognise elsewhere: ten or more, or a percentage; not a year.
    static func isDistinctive(_ figure: Figure) -> Bool {
        guard figure.kind != .vague, let value = figure.value ?? figure.high else { return false }
        if figure.isPercentage { return true }
        let looksLikeYear = value >= 1_000 && value <= 2_100 && value.rounded() == value && figure.noun == nil
        return value >= 10 && !looksLikeYear
    }

    static func sameFigure(_ one: Figure, _ other: Figure) -> Bool {
        one.isPercentage == other.isPercentage && one.value == other.value && one.low == other.low && one.high == other.high
    }
}
