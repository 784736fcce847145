import ClaimCheckHTML
import Foundation

extension BatchInput {
    /// The keys a manifest line may have.
    static let manifestKeys: Set<String> = ["draft", "sources", "id"]

    /// Reads a JSON Lines manifest: one `{"draft": …, "sources": […], "id": …}` per line,
    /// paths relative to the manifest's folder. Blank lines are skipped; a malformed line
    /// becomes a failed article named `line-N` whose problem names the line.
    static func readManifest(_ path: String) throws(BatchError) -> BatchInput {
        let bytes: [UInt8]
        do throws(ReadError) {
            bytes = try RegularFile.read(path: path, maxSize: DocumentReader.defaultMaxSize)
        } catch {
            throw BatchError(path: path, problem: error == .notRegularFile ? error.description : "cannot be read")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw BatchError(path: path, problem: "not UTF-8 text")
        }
        let folder = (path as NSString).deletingLastPathComponent
        var articles: [BatchArticle] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let origin = "\(path):\(number)"
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                articles.append(try article(line: String(line), folder: folder, origin: origin))
            } catch {
                articles.append(BatchArticle(id: "line-\(number)", draft: nil, sources: [], origin: origin, problem: error.problem))
            }
        }
        return BatchInput(path: path, articles: articles)
    }

    /// One manifest line as an article.
    private static func article(line: String, folder: String, origin: String) throws(BatchError) -> BatchArticle {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            throw BatchError(path: origin, problem: "not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw BatchError(path: origin, problem: "expected a JSON object such as {\"draft\": \"a.md\", \"sources\": [\"sources/a\"]}")
        }
        if let unknown = fields.keys.filter({ !manifestKeys.contains($0) }).sorted().first {
            throw BatchError(path: origin, problem: "unknown key \"\(unknown)\" (expected draft, sources, id)")
        }
        guard let draft = fields["draft"] as? String, !draft.isEmpty else {
            throw BatchError(path: origin, problem: fields["draft"] == nil ? "missing \"draft\"" : "\"draft\" must be a non-empty string")
        }
        var sources: [String] = []
        if let value = fields["sources"] {
            guard let list = value as? [Any], let strings = list as? [String] else {
                throw BatchError(path: origin, problem: "\"sources\" must be an array of strings")
            }
            sources = strings.map { join(folder, $0) }
        }
        let id: String
        if let value = fields["id"] {
            guard let given = value as? String, ArticleID.isValid(given) else {
                throw BatchError(
                    path: origin, problem: "\"id\" must be a string of letters, digits, '.', '_' or '-', not starting with '.' or \"summary\"")
            }
            id = given
        } else {
            id = ArticleID.derived(from: draft)
        }
        return BatchArticle(id: id, draft: join(folder, draft), sources: sources, origin: origin)
    }
}
