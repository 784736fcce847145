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
        let text = withoutCitationMarkers(withoutAttributions(claim.text, own, links: claim.links), links: claim.links)
        var query = MatchQuery(text: text, language: claim.language, figures: claim.figures, dates: claim.dates)
        if text != claim.text { query.sentence = claim.text }
        return query
    }

    /// The text without its citation markers: a link whose anchor text stands alone in
    /// brackets ("… in 2022 ([source](…)).", "(PDF)", "[1]") points at the evidence and says
    /// nothing of the claim; its words would only favour passages that happen to hold them
    /// ("source"). One pass over the text: each bracketed group of at most 60 characters, with
    /// no bracket inside, is blanked when it is exactly a link's anchor text.
    static func withoutCitationMarkers(_ text: String, links: [Link]) -> String {
        let anchors = Set(links.map { $0.text.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0.count <= 60 })
        guard !anchors.isEmpty else { return text }
        let pairs: [Character: Character] = ["(": ")", "[": "]"]
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let close = pairs[character] {
                var end = text.index(after: index)
                var length = 0
                while end < text.endIndex, text[end] != close, pairs[text[end]] == nil, length <= 60 {
                    end = text.index(after: end)
                    length += 1
                }
                if end < text.endIndex, text[end] == close,
                    anchors.contains(text[text.index(after: index)..<end].trimmingCharacters(in: .whitespaces))
                {
                    out.append(" ")
                    index = text.index(after: end)
                    continue
                }
            }
            out.append(character)
            index = text.index(after: index)
        }
        return out
    }

    /// The text with the words of its attributions (not its links' anchor text) blanked out; a
    /// named source resolved to an earlier link ("the same report") is blanked too. Each
    /// attribution's first occurrence not already blanked becomes one space (a phrase given
    /// twice blanks its first two occurrences).
    ///
    /// Linear in the sentence: one cursor per distinct phrase, never searching from the start
    /// again (a 400,000-character sentence with 2,000 attributions searched from the start for
    /// each cost 61% of a check).
    static func withoutAttributions(_ sentence: String, _ attributions: [Attribution], links: [Link] = []) -> String {
        let phrases = attributions.filter { attribution in
            !attribution.text.isEmpty && (attribution.href == nil || !links.contains { $0.href == attribution.href })
        }.map { Array($0.text.utf8) }
        guard !phrases.isEmpty else { return sentence }
        let bytes = Array(sentence.utf8)
        var blanked: [Range<Int>] = []
        var isBlanked = [Bool](repeating: false, count: bytes.count)
        var cursors: [[UInt8]: Int] = [:]
        for phrase in phrases {
            var from = cursors[phrase] ?? 0
            var found: Range<Int>?
            while let range = ByteSearch.first(phrase, in: bytes, from: from) {
                if !isBlanked[range].contains(true) {
                    found = range
                    break
                }
                from = range.lowerBound + 1
            }
            guard let found else {
                cursors[phrase] = bytes.count
                continue
            }
            cursors[phrase] = found.upperBound
            blanked.append(found)
            for index in found { isBlanked[index] = true }
        }
        blanked.sort { $0.lowerBound < $1.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        for range in blanked where range.lowerBound >= position {
            out += bytes[position..<range.lowerBound]
            out.append(0x20)
            position = range.upperBound
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
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

/// Finding bytes in bytes.
enum ByteSearch {
    /// The first range of `needle` in `haystack` at or after `from`.
    static func first(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Range<Int>? {
        guard let head = needle.first, from >= 0, haystack.count - from >= needle.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == head, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index..<(index + needle.count)
            }
            index += 1
        }
        return nil
    }
}
