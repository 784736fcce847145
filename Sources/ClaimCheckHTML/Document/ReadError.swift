/// Why a file could not be read as a page or draft.
///
/// Its `description` names the problem in a few words; callers put the path in front
/// (`claimcheck: error: <path>: <problem>`).
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file at that path.
    case notFound
    /// The path is a directory.
    case isDirectory
    /// The path is a FIFO, socket or device, not a regular file (refused before it is read).
    case notRegularFile
    /// The file exists but could not be opened or read.
    case unreadable(String)
    /// The file is empty, or holds only whitespace.
    case empty
    /// The file is larger than the size limit.
    case tooLarge(size: Int, limit: Int)
    /// The bytes are not text (NUL bytes or many control characters).
    case binary
    /// The bytes are not valid in the encoding the page declares.
    case invalidEncoding(String)
    /// The file is text but not an HTML page.
    case notHTML
    /// The markup is nested deeper than the reader follows.
    case nestedTooDeep(limit: Int)
    /// The page parsed, but holds no readable text (only scripts, styles, …).
    case noText

    public var description: String {
        switch self {
        case .notFound: return "no such file"
        case .isDirectory: return "is a directory, not a file"
        case .notRegularFile: return "not a regular file"
        case .unreadable(let reason): return "cannot read the file: \(reason)"
        case .empty: return "empty file"
        case .tooLarge(let size, let limit):
            return "file is \(size) bytes, over the \(limit)-byte size limit (raise it with --max-size)"
        case .binary: return "binary file, not a page or a draft"
        case .invalidEncoding(let detail): return "invalid text encoding: \(detail)"
        case .notHTML: return "not an HTML page (no markup found)"
        case .nestedTooDeep(let limit): return "markup nested deeper than \(limit) levels"
        case .noText: return "no readable text in the page (only scripts, styles or empty markup)"
        }
    }
}
