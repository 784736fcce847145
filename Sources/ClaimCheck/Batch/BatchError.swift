/// A batch input that cannot be used at all: nothing runs (the command exits 2).
///
/// Its description is `path: problem`, the form the command line prints after
/// `claimcheck: error: `.
public struct BatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or folder concerned.
    public var path: String
    /// The problem, in words.
    public var problem: String

    /// Creates an error.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// `path: problem`.
    public var description: String { "\(path): \(problem)" }
}
