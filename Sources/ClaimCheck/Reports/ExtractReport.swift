/// What `claimcheck extract` prints: each page's metadata and main text, as JSON or text.
public enum ExtractReport {
    /// The outcome of reading one page: its document, or the problem that stopped it.
    public typealias Outcome = (path: String, result: Result<Document, ReadError>)

    /// One JSON object per page; with several pages, an array in the order given.
    ///
    /// Fields: `path`, `url`, `canonicalURL`, `title`, `publisher`, `authors`, `published`,
    /// `modified`, `language`, `paragraphs` [`text`, `line`, `offset`], `links` [`href`,
    /// `text`, `line`]; a page that could not be read has `path` and `error` only.
    public static func json(_ outcomes: [Outcome], asArray: Bool) -> String {
        let values = outcomes.map(json(for:))
        if !asArray, values.count == 1 { return values[0].rendered() + "\n" }
        return JSONValue.array(values).rendered() + "\n"
    }

    /// The JSON object for one page.
    public static func json(for outcome: Outcome) -> JSONValue {
        switch outcome.result {
        case .failure(let error):
            return .object([("path", .string(outcome.path)), ("error", .string(error.description))])
        case .success(let document):
            let metadata = document.metadata
            return .object([
                ("path", .string(outcome.path)),
                ("url", .optional(metadata.url)),
                ("canonicalURL", .optional(metadata.canonicalURL)),
                ("title", .optional(metadata.title)),
                ("publisher", .optional(metadata.publisher)),
                ("authors", .array(metadata.authors.map(JSONValue.string))),
                ("published", .optional(metadata.published)),
                ("modified", .optional(metadata.modified)),
                ("language", .optional(metadata.language)),
                ("format", .string(document.format.rawValue)),
                ("encoding", .string(document.encoding)),
                (
                    "paragraphs",
                    .array(document.paragraphs.map(paragraphJSON))
                ),
                (
                    "links",
                    .array(
                        document.links.map {
                            .object([("href", .string($0.href)), ("text", .string($0.text)), ("line", .int($0.line))])
                        })
                ),
            ])
        }
    }

    /// The JSON object for one paragraph.
    static func paragraphJSON(_ paragraph: Paragraph) -> JSONValue {
        .object([
            ("text", .string(paragraph.text)), ("line", .int(paragraph.line)), ("offset", .int(paragraph.offset)),
            ("kind", .string(paragraph.kind.rawValue)),
        ])
    }

    /// Plain text, the way `trafilatura` prints a page: the metadata lines, a blank line,
    /// the paragraphs separated by blank lines, then the links. Several pages are each
    /// preceded by a `==> path <==` line; a page that could not be read is left out (its
    /// error goes to standard error).
    public static func text(_ outcomes: [Outcome]) -> String {
        var out = ""
        for (path, result) in outcomes {
            guard case .success(let document) = result else { continue }
            if outcomes.count > 1 { out += (out.isEmpty ? "" : "\n") + "==> \(path) <==\n" }
            let metadata = document.metadata
            let fields: [(String, String?)] = [
                ("title", metadata.title), ("publisher", metadata.publisher),
                ("authors", metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: "; ")),
                ("published", metadata.published), ("modified", metadata.modified),
                ("url", metadata.url), ("canonical", metadata.canonicalURL), ("language", metadata.language),
            ]
            for case (let name, let value?) in fields { out += "\(name): \(value)\n" }
            for paragraph in document.paragraphs { out += "\n" + paragraph.text + "\n" }
            if !document.links.isEmpty {
                out += "\nlinks:\n"
                for link in document.links { out += "  \(link.line): \(link.text) <\(link.href)>\n" }
            }
        }
        return out
    }
}
