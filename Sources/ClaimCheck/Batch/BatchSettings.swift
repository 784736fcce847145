/// How a batch runs: where results go, how many articles at once, which share, which format.
public struct BatchSettings: Sendable {
    /// What each article's results are written as, besides `<id>.json`.
    public enum Format: String, Sendable, CaseIterable {
        /// `<id>.json` only: the check report plus a `batch` object.
        case json
        /// `<id>.json`, and the SARIF log in `<id>.sarif`.
        case sarif
        /// `<id>.json`, the HTML report in `<id>.html`, and an index page of every article.
        case html

        /// The extra file's extension, if the format writes one beside `<id>.json`.
        var fileExtension: String? {
            switch self {
            case .json: return nil
            case .sarif: return "sarif"
            case .html: return "html"
            }
        }
    }

    /// The folder results are written to (created when missing).
    public var output: String
    /// How many articles are checked at once (at least 1).
    public var jobs: Int
    /// The share of the articles to run, or nil for all.
    public var shard: BatchShard?
    /// The results' format.
    public var format: Format
    /// Check articles again even when their result is up to date.
    public var force: Bool
    /// One configuration file for every article; nil to use the `.claimcheck.yml` found
    /// walking up from each draft.
    public var configFile: String?
    /// A threshold that wins over the configurations' `fail-on`.
    public var failOn: FailThreshold?
    /// The options before any configuration (size limit…).
    public var options: CheckOptions

    /// Creates settings.
    public init(
        output: String, jobs: Int, shard: BatchShard? = nil, format: Format = .json, force: Bool = false,
        configFile: String? = nil, failOn: FailThreshold? = nil, options: CheckOptions = CheckOptions()
    ) {
        self.output = output
        self.jobs = max(1, jobs)
        self.shard = shard
        self.format = format
        self.force = force
        self.configFile = configFile
        self.failOn = failOn
        self.options = options
    }

    /// The summary's file name: `summary.json`, or `summary-K-of-N.json` for a shard, so
    /// that shards writing to one folder do not overwrite each other's.
    public var summaryName: String {
        shard.map { "summary-\($0.index)-of-\($0.count).json" } ?? "summary.json"
    }

    /// The index page's file name with `--format html`: `index.html`, or
    /// `index-K-of-N.html` for a shard.
    public var indexName: String {
        shard.map { "index-\($0.index)-of-\($0.count).html" } ?? "index.html"
    }
}
