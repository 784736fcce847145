/// Checks drafts against sources: the whole pipeline, from files to a `CheckReport`.
///
/// ```swift
/// let report = ClaimChecker().check(drafts: ["draft.html"], sources: ["sources/"])
/// print(report.text())
/// ```
public struct ClaimChecker: Sendable {
    /// How the check runs.
    public var options: CheckOptions

    /// Creates a checker.
    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
    }

    /// Reads the drafts and sources and checks every claim.
    ///
    /// A draft that cannot be read is a `failure` in the report; a source that cannot be read
    /// is listed with its error; everything else is still checked. Drafts and source files
    /// that `options.ignore` matches are skipped.
    public func check(drafts: [String], sources: [String]) -> CheckReport {
        let reader = DocumentReader(maxSize: options.maxSize)
        let drafts = drafts.filter { !options.ignore.ignores($0) }
        let sources = options.ignore.patterns.isEmpty ? sources : SourceFiles.list(sources).map(\.path).filter { !options.ignore.ignores($0) }
        var (store, sourceFailures) = SourceStore.load(
            paths: sources, reader: reader, aliases: options.aliases, parallel: options.parallel)
        if let provider = options.citedPages {
            CitedPages(options: options, provider: provider).add(citedBy: drafts, to: &store, reader: reader)
        }
        let matcher = Matcher(store: store, parallel: options.parallel)
        var report = CheckReport(documents: [], failures: [], sources: [])
        report.sources = store.sources.map {
            .init(path: $0.path, publisher: $0.publisher?.name, url: $0.displayURL, language: $0.language.rawValue, error: nil)
        }
        report.sources += sourceFailures.map { .init(path: $0.path, error: $0.error.description) }
        for path in drafts {
            do {
                let (document, text) = try reader.readWithText(path: path)
                report.documents.append(check(document, fileText: text, matcher: matcher, sourcesGiven: !sources.isEmpty))
            } catch {
                report.failures.append(.init(path: path, error: error))
            }
        }
        return report
    }

    /// Checks one draft already read against the sources a matcher indexes.
    public func check(_ document: Document, fileText: String? = nil, matcher: Matcher, sourcesGiven: Bool = true) -> CheckReport.DocumentResult {
        let store = matcher.store
        let claims = ClaimFinder(aliases: store.aliases, tolerance: options.tolerance, vaguePhrases: options.vagueAttributions).claims(in: document, fileText: fileText)
        var evidence: [[Evidence]] = []
        var citations: [[CheckContext.Citation]] = []
        var quoteChecks: [[CheckContext.QuoteCheck]] = []
        // All claims are matched in one call: the matcher shares its working memory across them.
        let resolved = claims.map { Citations.resolve($0, in: store) }
        let preferredSets = resolved.map { Set($0.flatMap(\.ids)) }
        let allMatches = matcher.matches(
            for: claims.map(Citations.query(for:)), preferring: preferredSets, limit: options.evidencePerClaim)
        for (index, claim) in claims.enumerated() {
            let cited = resolved[index]
            let preferred = preferredSets[index]
            let matches = allMatches[index]
            evidence.append(
                matches.map { match in
                    var found = Citations.evidence(for: match, in: store, cited: preferred.contains(match.sourceID))
                    if found.cited, found.agreement == .related, Citations.isDatedBySource(claim, store.sources[match.sourceID]),
                        match.coverage >= matcher.thresholds.support
                    {
                        found.agreement = .supports
                        found.reasons.append("the claim's date is the cited page's publication date")
                    }
                    return found
                })
            citations.append(
                cited.map {
                    .init(
                        attribution: $0.attribution, sources: $0.ids.map { store.sources[$0].path }, label: $0.label,
                        unavailableReason: $0.attribution.href.flatMap(store.unavailableReason(forLink:)))
                })
            let sameLanguage = preferred.sorted().filter { store.sources[$0].language == claim.language }
            quoteChecks.append(
                claim.quotes.map { quote in
                    .init(
                        quote: quote, sources: sameLanguage.map { store.sources[$0].path },
                        found: sameLanguage.contains { store.contains(quote: quote.text, inSource: $0) })
                })
        }
        let context = CheckContext(
            document: document, claims: claims, evidence: evidence, citations: citations, quoteChecks: quoteChecks,
            sourcesGiven: sourcesGiven, severities: options.severities)
        let silencing = fileText.map { SilencingComments(scanning: $0, format: document.format) } ?? SilencingComments()
        return CheckReport.DocumentResult(
            path: document.path, document: document, language: DraftLanguage.of(document), claims: claims,
            evidence: evidence, findings: silencing.apply(to: Checks.run(context)),
            notices: silencing.notices.map { Notice(path: document.path, line: $0.line, message: $0.message) },
            fileText: fileText)
    }

    /// Checks one draft already read, with no sources.
    public func check(_ document: Document, fileText: String? = nil) -> CheckReport.DocumentResult {
        check(document, fileText: fileText, matcher: Matcher(store: SourceStore(aliases: options.aliases)), sourcesGiven: false)
    }
}

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
            text: withoutAttributions(claim.text, own), language: claim.language, figures: claim.figures, dates: claim.dates)
    }

    /// The text with the words of its attributions (not its links' anchor text) blanked out.
    static func withoutAttributions(_ sentence: String, _ attributions: [Attribution]) -> String {
        var text = sentence
        for attribution in attributions where attribution.href == nil {
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
            line: match.passage.line, score: match.score, agreement: match.agreement, reasons: match.terms.isEmpty ? [] : ["terms: " + match.terms.joined(separator: ", ")],
            cited: cited, comparisons: comparisons, terms: match.terms)
    }
}

import Foundation
