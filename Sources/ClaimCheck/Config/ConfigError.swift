/// A configuration file that cannot be used: where, and what is wrong.
///
/// Its description is `path:line: problem` (or `path: problem` when no line applies), the
/// form the command line prints after `claimcheck: error: `.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration file.
    public var path: String
    /// The 1-based line the problem is on, when there is one.
    public var line: Int?
    /// The problem, in words.
    public var problem: String

    /// Creates an error.
    public init(path: String, line: Int?, problem: String) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    /// Where the problem is: `path:line` or `path`.
    public var location: String { line.map { "\(path):\($0)" } ?? path }

    /// `path:line: problem`.
    public var description: String { "\(location): \(problem)" }
}
