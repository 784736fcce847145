/// Something an editor should look at: which rule, where, about which claim, and why.
public struct Finding: Sendable {
    /// Another place the finding points to: the other figure of a conflict.
    public struct Related: Sendable, Hashable {
        /// The other claim's id.
        public var claim: String
        /// The other claim's line.
        public var line: Int
        /// The other claim's column.
        public var column: Int
        /// The other figure or phrase, as written.
        public var text: String
    }

    /// The rule that found it.
    public var rule: Rule
    /// How serious it is.
    public var severity: Severity
    /// One line a person can act on.
    public var message: String
    /// 1-based line in the draft.
    public var line: Int
    /// 1-based column in the draft.
    public var column: Int
    /// The claim's id, when the finding is about a claim.
    public var claim: String?
    /// The claim's sentence (or the link's text).
    public var text: String
    /// The part of the sentence the finding is about (a figure, a quote, an attribution).
    public var span: String?
    /// Other places involved.
    public var related: [Related]
    /// The source passage the finding rests on, when one does.
    public var evidence: Evidence?
    /// Set when an inline comment in the draft silences the finding: it is still reported,
    /// marked as suppressed, and does not count towards the exit code.
    public var suppression: Suppression?

    /// Why a finding is silenced.
    public struct Suppression: Sendable, Hashable {
        /// The line of the comment that silences it.
        public var line: Int
        /// The reason given after `--` in the comment, if any.
        public var justification: String?

        /// Creates a suppression.
        public init(line: Int, justification: String?) {
            self.line = line
            self.justification = justification
        }
    }

    /// Creates a finding.
    public init(
        rule: Rule, severity: Severity, message: String, line: Int, column: Int, claim: String?, text: String,
        span: String? = nil, related: [Related] = [], evidence: Evidence? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.claim = claim
        self.text = text
        self.span = span
        self.related = related
        self.evidence = evidence
    }
}
