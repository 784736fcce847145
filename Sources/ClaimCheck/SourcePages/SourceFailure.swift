import ClaimCheckHTML

/// A file under `--sources` that could not be read; the other sources still load.
public struct SourceFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as the caller named it (or as found in a folder).
    public var path: String
    /// What went wrong.
    public var error: ReadError

    /// Creates a failure.
    public init(path: String, error: ReadError) {
        self.path = path
        self.error = error
    }

    /// `<path>: <problem>`.
    public var description: String { "\(path): \(error)" }
}
