/// The result of checking drafts against sources: per draft its claims, evidence and
/// findings; the sources read (and those that could not be).
public struct CheckReport: Sendable {
    /// One draft's result.
    public struct DocumentResult: Sendable {
        /// The draft's path.
        public var path: String
        /// The draft as read.
        public var document: Document
        /// The draft's language.
        public var language: Language
        /// Its claims.
        public var claims: [Claim]
        /// Evidence per claim, same order as `claims`.
        public var evidence: [[Evidence]]
        /// The findings, sorted by position.
        public var findings: [Finding]
        /// Problems with the draft's silencing comments (no reason, unknown rule).
        public var notices: [Notice] = []
        /// The draft's decoded text as checked, for placing findings on its lines (SARIF,
        /// GitHub annotations) without reading the file again.
        public var fileText: String? = nil
    }

    /// A source as read, or the reason it could not be.
    public struct SourceEntry: Sendable {
        /// The file's path.
        public var path: String
        /// Its publisher, when known.
        public var publisher: String?
        /// Its canonical URL or URL.
        public var url: String?
        /// Its language tag.
        public var language: String?
        /// Why it could not be read, if it could not.
        public var error: String?
    }

    /// A draft that could not be read.
    public struct DraftFailure: Sendable {
        /// The draft's path.
        public var path: String
        /// Why.
        public var error: ReadError
    }

    /// The drafts checked, in the order given.
    public var documents: [DocumentResult]
    /// Drafts that could not be read.
    public var failures: [DraftFailure]
    /// The sources, in the order read.
    public var sources: [SourceEntry]

    /// A report of drafts checked one by one (`ClaimChecker.check(_:fileText:matcher:)`), to
    /// render with the report formats.
    public init(documents: [DocumentResult], failures: [DraftFailure] = [], sources: [SourceEntry] = []) {
        self.documents = documents
        self.failures = failures
        self.sources = sources
    }

    /// Findings counted by severity, over all drafts (suppressed findings left out).
    public var counts: [Severity: Int] {
        var counts: [Severity: Int] = [.error: 0, .warning: 0, .info: 0]
        for document in documents {
            for finding in document.findings where finding.suppression == nil { counts[finding.severity, default: 0] += 1 }
        }
        return counts
    }

    /// Whether any finding that is not suppressed is at or above a severity.
    public func hasFindings(atLeast severity: Severity) -> Bool {
        documents.contains { $0.findings.contains { $0.suppression == nil && $0.severity >= severity } }
    }
}
