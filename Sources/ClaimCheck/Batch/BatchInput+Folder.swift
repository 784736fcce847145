import Foundation

extension BatchInput {
    /// Draft file names looked for first, in this order.
    static let draftNames = ["draft.html", "draft.md", "draft.txt"]
    /// Extensions a draft may have.
    static let draftExtensions: Set<String> = ["html", "htm", "md", "txt"]

    /// Reads a folder of article folders: each non-hidden sub-folder is an article, its id
    /// the folder's name, its draft `draft.html|md|txt` or else the only HTML, Markdown or
    /// text file in it, its sources the `sources/` folder (none when absent).
    static func readFolder(_ path: String) throws(BatchError) -> BatchInput {
        let files = FileManager.default
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw BatchError(path: path, problem: "cannot be listed")
        }
        var articles: [BatchArticle] = []
        for name in names {
            let folder = join(path, name)
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { continue }
            articles.append(article(folder: folder, name: name))
        }
        return BatchInput(path: path, articles: articles)
    }

    /// One article folder as an article.
    private static func article(folder: String, name: String) -> BatchArticle {
        let files = FileManager.default
        let id = ArticleID.isValid(name) ? name : ArticleID.derived(from: name + ".")
        let sourcesFolder = join(folder, "sources")
        var isFolder: ObjCBool = false
        let sources = files.fileExists(atPath: sourcesFolder, isDirectory: &isFolder) && isFolder.boolValue ? [sourcesFolder] : []
        if let named = draftNames.first(where: { files.fileExists(atPath: join(folder, $0)) }) {
            return BatchArticle(id: id, draft: join(folder, named), sources: sources, origin: folder)
        }
        let candidates = ((try? files.contentsOfDirectory(atPath: folder)) ?? []).filter { name in
            !name.hasPrefix(".") && draftExtensions.contains((name as NSString).pathExtension.lowercased())
        }.sorted()
        if candidates.count == 1 {
            return BatchArticle(id: id, draft: join(folder, candidates[0]), sources: sources, origin: folder)
        }
        let problem =
            candidates.isEmpty
            ? "no draft (draft.html, draft.md, draft.txt or one .html/.md/.txt file)"
            : "\(candidates.count) possible drafts (\(candidates.joined(separator: ", "))); name one draft.html, draft.md or draft.txt"
        return BatchArticle(id: id, draft: nil, sources: sources, origin: folder, problem: problem)
    }
}
