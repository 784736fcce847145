import ClaimCheckHTML
import ClaimCheckText
import Foundation

/// What a claim cites, resolved against the sources given.
enum Citations {
    struct Resolved {
        var attribution: Attribution
        var ids: [Int]
        var label: String
    }

    /// The claim's links and named publishers, each with the sources it resolves to: a link
    /// by normalised URL, else by its domain's publisher; a name by publisher.
    static func resolve(_ claim: Claim, in store: SourceStore) -> [Resolved] {
        var resolved: [Resolved] = []
        for attribution in claim.attributions where attribution.kind == .specific {
            if let href = attribution.href {
                let source = store.source(forLink: href)
                let label = source.map { found in found.publisher.map { "\($0.name), \(found.path)" } ?? found.path } ?? href
                resolved.append(Resolved(attribution: attribution, ids: source.map { [$0.id] } ?? [], label: label))
            } else if let publisher = attribution.publisher {
                resolved.append(Resolved(attribution: attribution, ids: store.sources(for: publisher).map(\.id), label: publisher.name))
            }
        }
        return resolved
    }

    /// What to look for in the sources: the claim's sentence without its own attributions
    /// ("according to Le Monde", "the regional daily … reported"), which name who said it, not
    /// what was said, and would only dilute the match. A sentence that points back at the
    /// previous one and only says who said it ("This was stated in a 2016 interview with RFI")
    /// is looked for as that previous sentence, without its own attributions.
    static func query(for claim: Claim) -> MatchQuery {
        if let antecedent = claim.antecedent, claim.hasSpecificAttribution, claim.figures.isEmpty {
            let attributions = AttributionFinder().attributions(in: antecedent)
            return MatchQuery(text: withoutAttributions(antecedent, attributions), language: claim.language)
        }
        let own = claim.attributions.filter { $0.inheritedFrom == nil }
        return MatchQuery(
            text: withoutAttributions(claim.text, own, links: claim.links), language: claim.language, figures: claim.figures,
            dates: claim.dates)
    }

    /// The text with the words of its attributions (not its links' anchor text) blanked out; a
    /// named source resolved to an earlier link ("the same report") is blanked too.
    static func withoutAttributions(_ sentence: String, _ attributions: [Attribution], links: [Link] = []) -> String {
        var text = sentence
        for attribution in attributions where attribution.href == nil || !links.contains(where: { $0.href == attribution.href }) {
            if let range = text.range(of: attribution.text) { text.replaceSubrange(range, with: " ") }
        }
        return text
    }

    /// Whether the claim only says who said the previous sentence and when ("This was stated in
    /// a 2016 interview with RFI"), and the cited page was published within that date: the
    /// date then checks out against the page itself, one agreeing fact besides its words.
    static func isDatedBySource(_ claim: Claim, _ source: Source) -> Bool {
        guard claim.antecedent != nil, claim.figures.isEmpty, !claim.dates.isEmpty,
            let published = source.document.metadata.published.flatMap(day(fromISO:))
        else { return false }
        return claim.dates.allSatisfy { date in
            guard let first = date.firstDay, let last = date.lastDay else { return false }
            return first <= published && published <= last
        }
    }

    /// The day of an ISO 8601 date or date-time (`2016-10-12`, `2016-10-12T08:00:00+02:00`).
    static func day(fromISO text: String) -> Day? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// A match as the report's evidence.
    static func evidence(for match: PassageMatch, in store: SourceStore, cited: Bool) -> Evidence {
        let source = store.sources[match.sourceID]
        var comparisons = match.figures.map {
            Evidence.Comparison(claim: $0.claim.text, passage: $0.passage.text, outcome: $0.comparison.rawValue)
        }
        comparisons += match.dates.map {
            Evidence.Comparison(claim: $0.claim.text, passage: $0.passage.text, outcome: $0.comparison.rawValue)
        }
        return Evidence(
            source: source.path, url: source.displayURL, publisher: source.publisher?.name, excerpt: match.passage.text,
            line: match.passage.line, score: match.score, agreement: match.agreement, reasons: (match.terms.isEmpty ? [] : ["terms: " + match.terms.joined(separator: ", ")]) + match.reasons.filter(isJudgement),
            cited: cited, comparisons: comparisons, terms: match.terms)
    }

    /// The reasons a person needs beyond the terms: polarity, frames.
    static func isJudgement(_ reason: String) -> Bool {
        reason.hasPrefix("polarity:") || reason.hasPrefix("same frame:") || reason.contains("is not a conflict")
    }

    /// For each quote of the claim, the closest passage of the cited sources written in the
    /// other language: `supports` when the passage holds at least `support` of the quote's
    /// words (through the lexicon and cognates), else `related`; never a conflict.
    static func translatedQuotes(_ claim: Claim, preferred: Set<Int>, matcher: Matcher) -> [Evidence] {
        let store = matcher.store
        let other = preferred.filter { store.sources[$0].language != claim.language }
        guard !claim.quotes.isEmpty, !other.isEmpty else { return [] }
        return claim.quotes.compactMap { quote in
            let query = MatchQuery(text: quote.text, language: claim.language)
            guard let match = matcher.scratches.with({ matcher.rank(query, in: other, limit: 1, fill: true, scratch: &$0) }).first
            else { return nil }
            var found = evidence(for: match, in: store, cited: true)
            found.agreement = match.coverage >= matcher.thresholds.support && match.agreement != .conflicts ? .supports : .related
            found.reasons.append(
                "translated quote: the passage holds \(Int((match.coverage * 100).rounded())) % of its words; compare the wording")
            return found
        }
    }
}
