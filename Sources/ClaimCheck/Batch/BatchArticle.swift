/// One article of a batch: its id, its draft and the sources it cites, or why it cannot run.
public struct BatchArticle: Sendable, Hashable {
    /// The article's id: its result file is `<id>.json`. Letters, digits, `.`, `_` and `-`.
    public var id: String
    /// The draft's path (nil when none was found).
    public var draft: String?
    /// Source files or folders.
    public var sources: [String]
    /// Where the article was declared (`manifest.jsonl:7`, or its folder), for messages.
    public var origin: String
    /// Why the article cannot be checked (a malformed manifest line, no draft), if it cannot.
    public var problem: String?

    /// Creates an article.
    public init(id: String, draft: String?, sources: [String], origin: String, problem: String? = nil) {
        self.id = id
        self.draft = draft
        self.sources = sources
        self.origin = origin
        self.problem = problem
    }
}

/// Article ids as file names.
enum ArticleID {
    /// Characters an id may hold besides ASCII letters and digits.
    static let punctuation: Set<Character> = [".", "_", "-"]

    /// Whether an id can be used as it is: a non-empty file name with no path, not hidden,
    /// not the summary's name.
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && !id.hasPrefix("summary") && id.count <= 200
            && id.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || punctuation.contains($0) }
    }

    /// An id made from a path: its extension dropped, every other character that may not
    /// appear in an id replaced by `_` (`drafts/Le Monde.md` → `drafts_Le_Monde`).
    static func derived(from path: String) -> String {
        var name = path
        if let dot = name.lastIndex(of: "."), !name[dot...].contains("/") { name = String(name[..<dot]) }
        while name.hasPrefix("./") { name.removeFirst(2) }
        var id = String(name.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) || punctuation.contains($0) ? $0 : "_" })
        while id.hasPrefix(".") { id.removeFirst() }
        if id.hasPrefix("summary") { id = "_" + id }
        return id.isEmpty ? "_" : String(id.prefix(200))
    }
}
