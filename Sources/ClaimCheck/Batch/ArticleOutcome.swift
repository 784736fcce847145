/// What became of one article in a batch.
public struct ArticleOutcome: Sendable {
    /// How it ended.
    public enum Status: String, Sendable {
        /// Checked in this run.
        case done
        /// Its result was up to date: not checked again.
        case skipped
        /// It could not be checked (see `reason`).
        case failed
    }

    /// The article.
    public var article: BatchArticle
    /// How it ended.
    public var status: Status
    /// Why it failed, when it did.
    public var reason: String?
    /// The claims found.
    public var claims: Int = 0
    /// Findings that are not suppressed, by rule and severity.
    public var findings: [Rule: [Severity: Int]] = [:]
    /// The `fail-on` of the article's configuration file, if it sets one.
    public var configFailOn: FailThreshold?

    /// Whether the article has a finding at or above its threshold: `failOn` when given,
    /// else its configuration's, else `error`.
    public func fails(failOn: FailThreshold?) -> Bool {
        guard let threshold = (failOn ?? configFailOn ?? .error).severity else { return false }
        return findings.values.contains { $0.contains { $0.key >= threshold && $0.value > 0 } }
    }
}
