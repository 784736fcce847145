/// A batch's totals: articles done, skipped and failed (with reasons), claims, and findings
/// by rule and severity. Written as `summary.json` and printed as a table.
public struct BatchSummary: Sendable {
    /// An article that could not be checked.
    public struct Failure: Sendable, Hashable {
        /// The article's id.
        public var id: String
        /// Where it was declared (`manifest.jsonl:7`, or its folder).
        public var origin: String
        /// Why it failed.
        public var reason: String
    }

    /// The manifest or folder.
    public var input: String
    /// The shard run, if one.
    public var shard: BatchShard?
    /// This run's id, recorded in every result it wrote.
    public var runID: String
    /// Articles in the batch (in the shard, when sharded).
    public var articles: Int
    /// Articles checked in this run.
    public var done = 0
    /// Articles whose result was up to date.
    public var skipped = 0
    /// The failures, in input order once the run is over.
    public var failures: [Failure] = []
    /// Claims over the articles done and skipped.
    public var claims = 0
    /// Findings that are not suppressed, by rule and severity, over the articles done and
    /// skipped.
    public var findings: [Rule: [Severity: Int]] = [:]
    /// Ids of the articles with a finding at or above their `fail-on` threshold.
    public var failing: [String] = []
    /// Seconds the run took.
    public var seconds = 0.0
    /// Every article's outcome (checked, skipped or failed), in input order once the run is
    /// over: what the HTML index lists.
    public var outcomes: [ArticleOutcome] = []
    /// For a batch over a web archive (`--warc`), what the archive held; nil otherwise.
    public var archive: ArchiveCounts?
    /// For a summary `batch merge` wrote, the shards it combined (`1/4`, …); nil otherwise.
    public var merged: [String]?

    /// Creates an empty summary.
    public init(input: String, shard: BatchShard?, runID: String, articles: Int) {
        self.input = input
        self.shard = shard
        self.runID = runID
        self.articles = articles
    }

    /// Articles that could not be checked.
    public var failed: Int { failures.count }

    /// Findings by severity, over all rules.
    public var findingsBySeverity: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for severities in findings.values { for (severity, count) in severities { counts[severity, default: 0] += count } }
        return counts
    }

    /// Whether the batch should exit 1: a failure, or an article at or above its threshold.
    public var fails: Bool { !failures.isEmpty || !failing.isEmpty }

    /// Progress so far, for a progress bar.
    public var progress: BatchProgress {
        BatchProgress(total: articles, finished: done + skipped + failed, skipped: skipped, failed: failed, seconds: seconds)
    }

    /// Counts one article's outcome.
    public mutating func add(_ outcome: ArticleOutcome, failOn: FailThreshold?) {
        outcomes.append(outcome)
        switch outcome.status {
        case .done: done += 1
        case .skipped: skipped += 1
        case .failed:
            failures.append(Failure(id: outcome.article.id, origin: outcome.article.origin, reason: outcome.reason ?? "failed"))
            return
        }
        claims += outcome.claims
        for (rule, severities) in outcome.findings {
            for (severity, count) in severities { findings[rule, default: [:]][severity, default: 0] += count }
        }
        if outcome.fails(failOn: failOn) { failing.append(outcome.article.id) }
    }

    /// Puts failures and failing ids in the articles' order (workers finish in any order).
    mutating func sort(by articles: [BatchArticle]) {
        let position = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        failures.sort { (position[$0.id] ?? 0) < (position[$1.id] ?? 0) }
        failing.sort { (position[$0] ?? 0) < (position[$1] ?? 0) }
        outcomes.sort { (position[$0.article.id] ?? 0) < (position[$1.article.id] ?? 0) }
    }
}
