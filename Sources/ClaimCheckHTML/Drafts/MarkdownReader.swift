/// Reads a Markdown draft into a `Document`.
///
/// Blocks: ATX (`# Title`) and setext headings, paragraphs, list items, block quotes; fenced
/// and indented code, HTML comments, thematic breaks and link reference definitions are not
/// text. Inline: `[text](url)`, `[text][ref]`, `[ref]` and `<https://…>` become citations
/// (`Link`s with their line); images are dropped; emphasis, code spans and escapes are
/// reduced to their text. A YAML front matter's `title:` and `lang:` fill the metadata; else
/// the first level-1 heading is the title.
public enum MarkdownReader {
    /// Reads decoded Markdown text.
    ///
    /// - Parameters:
    ///   - text: the draft's text.
    ///   - path: the path to record.
    ///   - encoding: the encoding the text was decoded from, for byte offsets.
    ///   - startsWithBOM: whether the original bytes began with a byte-order mark.
    public static func read(_ text: String, path: String, encoding: String = "utf-8", startsWithBOM: Bool = false) -> Document {
        let offsets = ByteOffsetMap(text: text, encoding: encoding, originalStartsWithBOM: startsWithBOM)
        var lines = SourceLine.lines(of: text)
        var metadata = Metadata()
        lines = FrontMatter.strip(lines, into: &metadata)
        lines = MarkdownComments.blank(lines)
        let blocks = MarkdownBlocks.parse(lines)
        let references = MarkdownBlocks.references(in: lines)

        var paragraphs: [Paragraph] = []
        var links: [Link] = []
        for block in blocks {
            let inline = MarkdownInline.render(block.lines, references: references)
            let text = collapsingWhitespace(inline.text)
            links.append(contentsOf: inline.links)
            guard !text.isEmpty, let first = block.lines.first else { continue }
            paragraphs.append(
                Paragraph(text: text, line: first.number, offset: offsets.fileOffset(ofUTF8Offset: first.utf8Offset), kind: block.kind))
            if metadata.title == nil, block.kind == .heading, block.level == 1 { metadata.title = text }
        }
        return Document(path: path, format: .markdown, encoding: encoding, metadata: metadata, paragraphs: paragraphs, links: links)
    }
}

/// A YAML front matter block (`---` … `---`) at the top of a Markdown draft.
enum FrontMatter {
    static func strip(_ lines: [SourceLine], into metadata: inout Metadata) -> [SourceLine] {
        guard let first = lines.first, first.text.trimmingSpaces() == "---" else { return lines }
        guard let end = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.text.trimmingSpaces()) }) else { return lines }
        for line in lines[1..<end] {
            guard let colon = line.text.firstIndex(of: ":") else { continue }
            let key = line.text[..<colon].trimmingSpaces().lowercased()
            var value = line.text[line.text.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            guard !value.isEmpty else { continue }
            switch key {
            case "title": metadata.title = value
            case "lang", "language": metadata.language = value
            case "author": metadata.authors = [value]
            case "date": metadata.published = value
            case "url", "canonical_url", "canonical": metadata.canonicalURL = value
            default: break
            }
        }
        return Array(lines[(end + 1)...])
    }
}

/// HTML comments in Markdown: their characters become spaces so positions stay put.
enum MarkdownComments {
    static func blank(_ lines: [SourceLine]) -> [SourceLine] {
        var inComment = false
        return lines.map { line in
            var out = ""
            var rest = line.text[...]
            while !rest.isEmpty {
                if inComment {
                    if let close = rest.firstRange(of: "-->") {
                        out += String(repeating: " ", count: rest[..<close.upperBound].count)
                        rest = rest[close.upperBound...]
                        inComment = false
                    } else {
                        out += String(repeating: " ", count: rest.count)
                        rest = rest[rest.endIndex...]
                    }
                } else if let open = rest.firstRange(of: "<!--") {
                    out += rest[..<open.lowerBound]
                    rest = rest[open.lowerBound...]
                    inComment = true
                } else {
                    out += rest
                    rest = rest[rest.endIndex...]
                }
            }
            var copy = line
            copy.text = out[...]
            return copy
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
