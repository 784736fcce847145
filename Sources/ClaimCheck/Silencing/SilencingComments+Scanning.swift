import ClaimCheckHTML

extension SilencingComments {
    /// A comment: its body and the lines it starts and ends on.
    struct Comment {
        var body: String
        var line: Int
        var endLine: Int
    }

    /// A line of the draft: its text, and whether it has text outside tags and comments.
    struct Line {
        var text: Substring
        var hasText: Bool
    }

    /// The draft's lines (index 0 is line 1); lines of Markdown fenced code blocks emptied.
    static func lines(of text: String, format: Document.Format) -> [Line] {
        var lines: [Line] = []
        var fence: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if format == .markdown {
                let trimmed = line.drop { $0 == " " }
                let marker = trimmed.hasPrefix("```") ? "```" : trimmed.hasPrefix("~~~") ? "~~~" : nil
                if let marker, fence == nil || fence == marker {
                    fence = fence == nil ? marker : nil
                    lines.append(Line(text: "", hasText: true))
                    continue
                }
                if fence != nil {
                    lines.append(Line(text: "", hasText: true))
                    continue
                }
            }
            lines.append(Line(text: line, hasText: false))
        }
        // Whether each line has text outside markup, comments included across lines.
        var inComment = false
        var inTag = false
        for index in lines.indices where !lines[index].hasText {
            var rest = lines[index].text[...]
            var hasText = false
            while !rest.isEmpty {
                if inComment {
                    guard let end = rest.range(of: "-->") else { rest = ""; break }
                    inComment = false
                    rest = rest[end.upperBound...]
                } else if inTag {
                    guard let end = rest.firstIndex(of: ">") else { rest = ""; break }
                    inTag = false
                    rest = rest[rest.index(after: end)...]
                } else if rest.hasPrefix("<!--") {
                    inComment = true
                    rest = rest.dropFirst(4)
                } else if format == .html, rest.hasPrefix("<") {
                    inTag = true
                    rest = rest.dropFirst()
                } else {
                    if !rest.first!.isWhitespace { hasText = true }
                    rest = rest.dropFirst()
                }
            }
            lines[index].hasText = hasText
        }
        return lines
    }

    /// The `<!-- … -->` comments, in order.
    static func comments(in lines: [Line]) -> [Comment] {
        var comments: [Comment] = []
        var current: (body: String, line: Int)?
        for (index, line) in lines.enumerated() {
            var rest = line.text[...]
            while true {
                if var open = current {
                    if let end = rest.range(of: "-->") {
                        open.body += rest[..<end.lowerBound]
                        comments.append(Comment(body: open.body, line: open.line, endLine: index + 1))
                        current = nil
                        rest = rest[end.upperBound...]
                    } else {
                        open.body += rest + "\n"
                        current = open
                        break
                    }
                } else if let start = rest.range(of: "<!--") {
                    current = ("", index + 1)
                    rest = rest[start.upperBound...]
                } else {
                    break
                }
            }
        }
        return comments
    }

    /// The first line after `line` (1-based) with text on it.
    static func nextLineWithText(after line: Int, in lines: [Line]) -> Int? {
        guard line < lines.count else { return nil }
        return lines[line...].firstIndex(where: \.hasText).map { $0 + 1 }
    }
}
