/// A `.claimcheck.yml` file: severities per rule, when to fail, extra publishers, tolerance,
/// paths to ignore and extra vague-attribution phrases. Every setting is optional; an absent
/// one leaves claimcheck's default.
///
/// ```swift
/// if let path = Config.find(from: "drafts/2024") {
///     let config = try Config.load(path: path)
///     var options = CheckOptions()
///     options.apply(config)
/// }
/// ```
///
/// The format is described in `docs/configuration.md`.
public struct Config: Sendable {
    /// A publisher the configuration adds to the alias table.
    public struct PublisherEntry: Sendable, Hashable {
        /// The publisher's usual name.
        public var name: String
        /// Other names it goes by.
        public var aliases: [String]
        /// Its web domains (`example.com`).
        public var domains: [String]

        /// Creates an entry.
        public init(name: String, aliases: [String] = [], domains: [String] = []) {
            self.name = name
            self.aliases = aliases
            self.domains = domains
        }
    }

    /// The file it was read from, as given or found.
    public var path: String
    /// Severity per rule (`rules:`); a rule mapped to nil is off.
    public var severities: [Rule: Severity?] = [:]
    /// When the check exits 1 (`fail-on:`); nil when not set.
    public var failOn: FailThreshold?
    /// Publishers added to the alias table (`publishers:`).
    public var publishers: [PublisherEntry] = []
    /// Tolerance for "around" figures (`tolerance:`); nil when not set.
    public var tolerance: Double?
    /// Drafts and sources to skip (`ignore:`), relative to the file's folder.
    public var ignore: IgnorePatterns
    /// Extra vague-attribution phrases (`vague-attributions:`), lower case.
    public var vagueAttributions: [String] = []

    /// An empty configuration, as if read from `path`.
    public init(path: String) {
        self.path = path
        self.ignore = IgnorePatterns(folder: Config.folder(of: path))
    }

    /// The name of the file `find(from:)` looks for.
    public static let fileName = ".claimcheck.yml"

    /// The folder a file is in (`.` for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// When `claimcheck check` exits 1: when a finding that is not suppressed is at or above a
/// severity, or never (`none`).
public enum FailThreshold: String, Sendable, CaseIterable {
    /// Fail on errors.
    case error
    /// Fail on warnings and errors.
    case warning
    /// Fail on any finding.
    case info
    /// `none`: never fail on findings.
    case never = "none"

    /// The threshold for a severity (nil: never fail).
    public init(severity: Severity?) {
        switch severity {
        case .error: self = .error
        case .warning: self = .warning
        case .info: self = .info
        case nil: self = .never
        }
    }

    /// The lowest severity that fails, or nil for `none`.
    public var severity: Severity? {
        switch self {
        case .error: return .error
        case .warning: return .warning
        case .info: return .info
        case .never: return nil
        }
    }
}
