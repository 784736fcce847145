/// How a check runs: publisher aliases, tolerance, severities, limits.
public struct CheckOptions: Sendable {
    /// Publisher names and domains (built-in table plus configuration).
    public var aliases: PublisherAliases
    /// Tolerance for "around" figures, as a fraction of the value (default 10 %).
    public var tolerance: Double
    /// Severity overrides per rule; a rule mapped to nil is off.
    public var severities: [Rule: Severity?]
    /// Files larger than this are refused.
    public var maxSize: Int
    /// How many evidence passages each claim keeps.
    public var evidencePerClaim: Int
    /// Whether one check spreads its work (reading and indexing sources) over all cores. A
    /// batch that runs several checks at once turns it off, so that its workers do not compete.
    public var parallel: Bool = true
    /// Extra phrases that make an attribution vague wherever they appear, lower case.
    public var vagueAttributions: [String] = []
    /// Drafts and sources to skip (a configuration's `ignore:`).
    public var ignore = IgnorePatterns()
    /// Where the cited links the sources do not provide come from (`--fetch` sets a
    /// `ClaimCheckFetch.FetchRun`); nil to stay offline.
    public var citedPages: (any CitedPageProvider)?

    /// Creates options.
    public init(
        aliases: PublisherAliases = .builtIn, tolerance: Double = 0.1, severities: [Rule: Severity?] = [:],
        maxSize: Int = DocumentReader.defaultMaxSize, evidencePerClaim: Int = 3
    ) {
        self.aliases = aliases
        self.tolerance = tolerance
        self.severities = severities
        self.maxSize = maxSize
        self.evidencePerClaim = evidencePerClaim
    }
}
