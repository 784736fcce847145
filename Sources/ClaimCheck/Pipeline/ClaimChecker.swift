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
        if let other = DraftLanguage.unsupported(document) {
            let notice = Notice(
                path: document.path, line: document.paragraphs.first?.line ?? 1,
                message: "written in \(other): claimcheck checks English and French; its claims were not checked")
            return CheckReport.DocumentResult(
                path: document.path, document: document, language: DraftLanguage.of(document), claims: [], evidence: [],
                findings: [], notices: [notice], fileText: fileText)
        }
        let store = matcher.store
        let (found, splits) = ClaimFinder(aliases: store.aliases, tolerance: options.tolerance, vaguePhrases: options.vagueAttributions)
            .find(in: document, fileText: fileText)
        // "the agency's annual report", "the same interview": the source linked earlier with those words.
        let claims = NamedSources.resolve(found)
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
            // A quote translated from a cited source in the other language cannot be found
            // verbatim: its closest passage there is evidence for a person to compare.
            for found in Citations.translatedQuotes(claim, preferred: preferred, matcher: matcher) {
                evidence[evidence.count - 1].removeAll { $0.source == found.source && $0.excerpt == found.excerpt }
                evidence[evidence.count - 1].append(found)
            }
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
            notices: (splits + silencing.notices.map { (line: $0.line, message: $0.message) }).map { Notice(path: document.path, line: $0.line, message: $0.message) },
            fileText: fileText)
    }

    /// Checks one draft already read, with no sources.
    public func check(_ document: Document, fileText: String? = nil) -> CheckReport.DocumentResult {
        check(document, fileText: fileText, matcher: Matcher(store: SourceStore(aliases: options.aliases)), sourcesGiven: false)
    }
}
