/// `claimcheck check` with configuration files: each draft is checked under the
/// `.claimcheck.yml` that applies to it (found walking up from its folder, or one file for
/// all), with settings given on the command line winning over the file's.
///
/// ```swift
/// let run = try ConfiguredCheck(options: CheckOptions()).run(drafts: ["draft.md"], sources: ["sources/"])
/// if run.fails { /* exit 1 */ }
/// ```
public struct ConfiguredCheck: Sendable {
    /// The options before any configuration (size limit, evidence count…).
    public var options: CheckOptions
    /// One configuration file for every draft (`--config`); nil to look for one per draft.
    public var configFile: String?
    /// A tolerance that wins over the configuration's (`--tolerance`).
    public var tolerance: Double?
    /// A threshold that wins over the configuration's `fail-on` (`--fail-on`).
    public var failOn: FailThreshold?

    /// The report, and whether it fails its drafts' thresholds.
    public struct Outcome: Sendable {
        /// The report, drafts in the order given (ignored ones left out).
        public var report: CheckReport
        /// Whether any draft has a finding, not suppressed, at or above its threshold.
        public var fails: Bool
        /// The configuration files used, in the order first met.
        public var configFiles: [String]
    }

    /// Creates a configured check.
    public init(options: CheckOptions = CheckOptions(), configFile: String? = nil, tolerance: Double? = nil, failOn: FailThreshold? = nil) {
        self.options = options
        self.configFile = configFile
        self.tolerance = tolerance
        self.failOn = failOn
    }

    /// Loads the configurations, then checks the drafts that are not ignored. Drafts under
    /// different configuration files are checked in one pass per file (the sources are read
    /// once per pass, as the files' publishers and ignore patterns may differ).
    ///
    /// - Throws: `ConfigError` when a configuration file cannot be used; nothing is checked.
    public func run(drafts: [String], sources: [String]) throws(ConfigError) -> Outcome {
        var loaded: [String: Config] = [:]
        var order: [String?] = []
        var groups: [String?: [String]] = [:]
        var folders: [String: String?] = [:]
        for draft in drafts {
            let file: String?
            if let configFile {
                file = configFile
            } else {
                let folder = Config.folder(of: draft)
                if let known = folders[folder] { file = known } else { file = Config.find(from: folder); folders[folder] = file }
            }
            if let file, loaded[file] == nil { loaded[file] = try Config.load(path: file) }
            if groups[file] == nil { order.append(file) }
            groups[file, default: []].append(draft)
        }
        var report = CheckReport(documents: [], failures: [], sources: [])
        var fails = false
        var seenSources: Set<String> = []
        for file in order {
            let config = file.flatMap { loaded[$0] }
            var options = self.options
            if let config { options.apply(config) }
            if let tolerance { options.tolerance = tolerance }
            let threshold = (failOn ?? config?.failOn ?? .error).severity
            let part = ClaimChecker(options: options).check(drafts: groups[file] ?? [], sources: sources)
            if let threshold {
                fails = fails || part.documents.contains { $0.findings.contains { $0.suppression == nil && $0.severity >= threshold } }
            }
            report.documents += part.documents
            report.failures += part.failures
            report.sources += part.sources.filter { seenSources.insert($0.path).inserted }
        }
        let position = Dictionary(drafts.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        report.documents.sort { (position[$0.path] ?? 0) < (position[$1.path] ?? 0) }
        report.failures.sort { (position[$0.path] ?? 0) < (position[$1.path] ?? 0) }
        return Outcome(report: report, fails: fails, configFiles: order.compactMap { $0 })
    }
}
