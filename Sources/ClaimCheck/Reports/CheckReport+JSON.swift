extension CheckReport {
    /// The report as the SPEC's JSON contract, `schemaVersion: 1`.
    ///
    /// Field names are a public contract: fields may be added, never renamed. Beyond the
    /// SPEC's fields it writes: claim `quotes` and `links`; figure `start`/`end` (offsets in
    /// the sentence), `hedge` and `isPercentage`; attribution `source`, `href` and
    /// `inheritedFrom`; evidence `cited`, `reasons` and `comparisons`; finding `text`,
    /// `span`, `evidence` and `suppressed`; top-level `sources`, `failures` and `notices`.
    public func json() -> String {
        JSONValue.object([
            ("schemaVersion", .int(1)),
            ("tool", .object([("name", .string("claimcheck")), ("version", .string(ClaimCheck.version))])),
            ("documents", .array(documents.map(Self.json(document:)))),
            ("sources", .array(sources.map(Self.json(source:)))),
            ("failures", .array(failures.map { .object([("path", .string($0.path)), ("error", .string($0.error.description))]) })),
            ("notices", .array(notices.map(Self.json(notice:)))),
            (
                "summary",
                .object([
                    ("documents", .int(documents.count)),
                    ("claims", .int(documents.reduce(0) { $0 + $1.claims.count })),
                    ("findings", .object(Severity.allCases.reversed().map { ($0.rawValue, .int(counts[$0] ?? 0)) })),
                ])
            ),
        ]).rendered() + "\n"
    }

    static func json(document: DocumentResult) -> JSONValue {
        .object([
            ("path", .string(document.path)),
            ("title", .optional(document.document.metadata.title)),
            ("language", .string(document.language.rawValue)),
            ("claims", .array(zip(document.claims, document.evidence).map(json(claim:evidence:)))),
            ("findings", .array(document.findings.map(json(finding:)))),
        ])
    }

    static func json(claim: Claim, evidence: [Evidence]) -> JSONValue {
        .object([
            ("id", .string(claim.id)),
            ("text", .string(claim.text)),
            ("line", .int(claim.line)),
            ("column", .int(claim.column)),
            ("figures", .array(claim.figures.map(json(figure:)))),
            (
                "dates",
                .array(
                    claim.dates.map {
                        .object([
                            ("text", .string($0.text)), ("start", .optional($0.firstDay?.description)),
                            ("end", .optional($0.lastDay?.description)),
                        ])
                    })
            ),
            ("quotes", .array(claim.quotes.map { .string($0.text) })),
            ("attributions", .array(claim.attributions.map(json(attribution:)))),
            ("links", .array(claim.links.map { .object([("href", .string($0.href)), ("text", .string($0.text))]) })),
            ("evidence", .array(evidence.map(json(evidence:)))),
            ("checkworthiness", json(checkworthinessOf: claim)),
        ])
    }

    /// The learned check-worthiness of a claim's sentence (`CheckworthinessModel.builtIn`): its
    /// probability, the model's decision and the features that pushed it most.
    static func json(checkworthinessOf claim: Claim) -> JSONValue {
        let model = CheckworthinessModel.builtIn
        let features = CheckworthinessFeatures.of(claim.text, figures: claim.figures, dates: claim.dates)
        let probability = (model.probability(features) * 1000).rounded() / 1000
        return .object([
            ("score", .number(probability)),
            ("checkworthy", .bool(model.isCheckworthy(features))),
            ("because", .array(model.reasons(features).map { .string($0) })),
        ])
    }

    static func json(figure: Figure) -> JSONValue {
        .object([
            ("text", .string(figure.text)),
            ("kind", .string(figure.kind.rawValue)),
            ("value", .number(figure.value)),
            ("low", .number(figure.low)),
            ("high", .number(figure.high)),
            ("lowInclusive", .bool(figure.lowInclusive)),
            ("highInclusive", .bool(figure.highInclusive)),
            ("noun", .optional(figure.noun)),
            ("head", .optional(figure.head)),
            ("predicate", .optional(figure.predicate)),
            ("start", .int(figure.start)),
            ("end", .int(figure.end)),
            ("hedge", .optional(figure.hedge)),
            ("isPercentage", .bool(figure.isPercentage)),
        ])
    }

    static func json(attribution: Attribution) -> JSONValue {
        .object([
            ("text", .string(attribution.text)),
            ("kind", .string(attribution.kind.rawValue)),
            ("publisher", .optional(attribution.publisher?.name)),
            ("source", .optional(attribution.source)),
            ("href", .optional(attribution.href)),
            ("inheritedFrom", .optional(attribution.inheritedFrom)),
            ("inheritedScope", .optional(attribution.inheritedScope?.rawValue)),
        ])
    }

    static func json(evidence: Evidence) -> JSONValue {
        .object([
            ("source", .string(evidence.source)),
            ("url", .optional(evidence.url)),
            ("publisher", .optional(evidence.publisher)),
            ("excerpt", .string(evidence.excerpt)),
            ("line", .int(evidence.line)),
            ("score", .double((evidence.score * 100).rounded() / 100)),
            ("agreement", .string(evidence.agreement.rawValue)),
            ("cited", .bool(evidence.cited)),
            ("reasons", .array(evidence.reasons.map(JSONValue.string))),
            (
                "comparisons",
                .array(
                    evidence.comparisons.map {
                        .object([("claim", .string($0.claim)), ("passage", .string($0.passage)), ("outcome", .string($0.outcome))])
                    })
            ),
        ])
    }

    static func json(finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("line", .int(finding.line)),
            ("column", .int(finding.column)),
            ("claim", .optional(finding.claim)),
            ("text", .string(finding.text)),
            ("span", .optional(finding.span)),
            (
                "related",
                .array(
                    finding.related.map {
                        .object([("claim", .string($0.claim)), ("line", .int($0.line)), ("column", .int($0.column)), ("text", .string($0.text))])
                    })
            ),
            ("evidence", finding.evidence.map(json(evidence:)) ?? .null),
            (
                "suppressed",
                finding.suppression.map {
                    .object([("line", .int($0.line)), ("justification", .optional($0.justification))])
                } ?? .null
            ),
        ])
    }

    static func json(source: SourceEntry) -> JSONValue {
        .object([
            ("path", .string(source.path)),
            ("publisher", .optional(source.publisher)),
            ("url", .optional(source.url)),
            ("language", .optional(source.language)),
            ("error", .optional(source.error)),
        ])
    }
}
