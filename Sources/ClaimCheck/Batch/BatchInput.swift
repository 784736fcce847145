import ClaimCheckHTML
import Foundation

/// The articles of a batch, read from a JSON Lines manifest or a folder of article folders.
///
/// ```swift
/// let input = try BatchInput.read("articles.jsonl")
/// for article in input.articles where article.problem == nil { … }
/// ```
public struct BatchInput: Sendable {
    /// The manifest or folder read.
    public var path: String
    /// The articles, in manifest or folder-name order, with those that cannot run (their
    /// `problem` set) among them.
    public var articles: [BatchArticle]

    /// Creates an input from articles.
    public init(path: String, articles: [BatchArticle]) {
        self.path = path
        self.articles = articles
    }

    /// Reads a manifest (a file) or a folder of articles (a folder).
    ///
    /// - Throws: `BatchError` when the path does not exist, cannot be read, or holds no
    ///   article at all.
    public static func read(_ path: String) throws(BatchError) -> BatchInput {
        let kind = RegularFile.kind(of: path)
        switch kind {
        case .missing: throw BatchError(path: path, problem: "no such file or folder")
        case .other: throw BatchError(path: path, problem: ReadError.notRegularFile.description)
        case .regular, .directory: break
        }
        let isFolder = kind == .directory
        let input = isFolder ? try readFolder(path) : try readManifest(path)
        if input.articles.isEmpty {
            throw BatchError(path: path, problem: isFolder ? "no article folders in it" : "no articles in the manifest")
        }
        return input.withUniqueIDs()
    }

    /// The input with a repeated id made a failed article (the first keeps it), renamed
    /// `<id>-duplicate-<position in the input>` so that its result has a file of its own.
    func withUniqueIDs() -> BatchInput {
        var seen: [String: String] = [:]
        var articles = self.articles
        for index in articles.indices {
            let article = articles[index]
            if let first = seen[article.id] {
                articles[index].problem = articles[index].problem ?? "id \"\(article.id)\" is already used by \(first)"
                articles[index].id = article.id + "-duplicate-\(index + 1)"
            } else {
                seen[article.id] = article.origin
            }
        }
        return BatchInput(path: path, articles: articles)
    }

    /// `folder` joined with a relative path (absolute paths are kept), with `.` and `name/..`
    /// removed: `fixtures/batch` + `../seed/draft.html` → `fixtures/seed/draft.html`.
    static func join(_ folder: String, _ path: String) -> String {
        let joined = path.hasPrefix("/") || folder.isEmpty ? path : (folder.hasSuffix("/") ? folder : folder + "/") + path
        return normalized(joined)
    }

    /// A path with `.` components and `name/..` pairs removed, lexically (symbolic links are
    /// not resolved); a trailing `/` is kept.
    static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let body = parts.joined(separator: "/")
        if absolute { return "/" + body }
        if body.isEmpty { return "." }
        return path.hasSuffix("/") ? body + "/" : body
    }
}
