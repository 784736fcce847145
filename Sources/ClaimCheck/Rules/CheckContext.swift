/// Everything the rules look at for one draft: its claims, what each cites, and the
/// evidence found for each.
public struct CheckContext: Sendable {
    /// A source a claim cites, resolved (or not) to the sources given.
    public struct Citation: Sendable {
        /// The attribution that cites it.
        public var attribution: Attribution
        /// The sources it resolved to (paths); empty when none was given.
        public var sources: [String]
        /// What the claim cites, in words: a URL or a publisher name.
        public var label: String
        /// Why `--fetch` could not fetch it, when it tried.
        public var unavailableReason: String? = nil
    }

    /// A direct quote checked against a cited source.
    public struct QuoteCheck: Sendable {
        /// The quote.
        public var quote: Quote
        /// The sources it was looked for in (same language as the draft).
        public var sources: [String]
        /// Whether any of them contains it.
        public var found: Bool
    }

    /// The draft.
    public var document: Document
    /// Its claims, in order.
    public var claims: [Claim]
    /// Evidence per claim (same order as `claims`), cited sources first.
    public var evidence: [[Evidence]]
    /// Citations per claim.
    public var citations: [[Citation]]
    /// Quote checks per claim.
    public var quoteChecks: [[QuoteCheck]]
    /// Whether any sources were given at all.
    public var sourcesGiven: Bool
    /// The configured severity of each rule (nil: the rule is off).
    public var severities: [Rule: Severity?]

    /// The severity to report a rule's finding at, given the rule's natural one.
    func severity(_ rule: Rule, natural: Severity? = nil) -> Severity? {
        if let configured = severities[rule] { return configured }
        return natural ?? rule.defaultSeverity
    }

    /// Creates a context.
    public init(
        document: Document, claims: [Claim], evidence: [[Evidence]]? = nil, citations: [[Citation]]? = nil,
        quoteChecks: [[QuoteCheck]]? = nil, sourcesGiven: Bool = false, severities: [Rule: Severity?] = [:]
    ) {
        self.document = document
        self.claims = claims
        self.evidence = evidence ?? Array(repeating: [], count: claims.count)
        self.citations = citations ?? Array(repeating: [], count: claims.count)
        self.quoteChecks = quoteChecks ?? Array(repeating: [], count: claims.count)
        self.sourcesGiven = sourcesGiven
        self.severities = severities
    }
}

/// A check: one rule's findings over a draft.
protocol Check {
    static var rule: Rule { get }
    static func findings(in context: CheckContext) -> [Finding]
}

/// All the checks, in the order of the SPEC's rule table.
enum Checks {
    static var all: [any Check.Type] {
        [
        ConflictingFiguresCheck.self, SourceConflictCheck.self, UnsourcedFigureCheck.self, VagueAttributionCheck.self,
        UnsupportedBySourceCheck.self, SourceUnavailableCheck.self, QuoteNotFoundCheck.self,
        ]
    }

    /// Every finding for a draft, sorted by line, column and rule.
    static func run(_ context: CheckContext) -> [Finding] {
        all.flatMap { $0.findings(in: context) }
            .sorted { ($0.line, $0.column, $0.rule.rawValue) < ($1.line, $1.column, $1.rule.rawValue) }
    }
}

extension Finding {
    /// A finding about a claim, at the claim's position.
    init(_ rule: Rule, _ severity: Severity, about claim: Claim, message: String, span: String? = nil, related: [Related] = [], evidence: Evidence? = nil) {
        self.init(
            rule: rule, severity: severity, message: message, line: claim.line, column: claim.column, claim: claim.id,
            text: claim.text, span: span, related: related, evidence: evidence)
    }
}
