/// One block of a Markdown draft: its kind and its lines with block markers removed.
struct MarkdownBlock {
    var kind: Paragraph.Kind
    /// Heading level (1–6); 0 for other blocks.
    var level: Int
    var lines: [SourceLine]
}

/// Splits Markdown lines into blocks (the subset of CommonMark that news drafts use).
enum MarkdownBlocks {
    static func parse(_ lines: [SourceLine]) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var current: MarkdownBlock?
        var fence: String?

        func flush() {
            if let block = current, !block.lines.isEmpty { blocks.append(block) }
            current = nil
        }

        for line in lines {
            let trimmed = line.text.trimmingSpaces()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                fence = String(trimmed.prefix(3))
                continue
            }
            if line.isBlank { flush(); continue }
            let indent = line.text.prefix(while: { $0 == " " || $0 == "\t" }).count
            if current?.kind == .paragraph, indent < 4, isSetextUnderline(trimmed) {
                current?.kind = .heading
                current?.level = trimmed.hasPrefix("=") ? 1 : 2
                flush()
                continue
            }
            if indent < 4 && isThematicBreak(trimmed) { flush(); continue }
            if indent < 4 && isReferenceDefinition(trimmed) { flush(); continue }
            if indent < 4, trimmed.hasPrefix("#") {
                let level = trimmed.prefix(while: { $0 == "#" }).count
                let rest = trimmed.dropFirst(level)
                if level <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" {
                    flush()
                    var content = rest.trimmingSpaces()
                    while content.hasSuffix("#") { content.removeLast() }
                    blocks.append(MarkdownBlock(kind: .heading, level: level, lines: [stripped(line, toContent: content)]))
                    continue
                }
            }
            if indent < 4, trimmed.hasPrefix(">") {
                var content = trimmed.dropFirst()
                if content.first == " " { content = content.dropFirst() }
                let contentLine = stripped(line, toContent: String(content))
                if current?.kind == .quote {
                    current?.lines.append(contentLine)
                } else {
                    flush()
                    current = MarkdownBlock(kind: .quote, level: 0, lines: [contentLine])
                }
                continue
            }
            if let content = listItemContent(trimmed) {
                flush()
                current = MarkdownBlock(kind: .listItem, level: 0, lines: [stripped(line, toContent: content)])
                continue
            }
            if current == nil && indent >= 4 { continue }  // indented code
            if current != nil {
                current?.lines.append(line)
            } else {
                current = MarkdownBlock(kind: .paragraph, level: 0, lines: [line])
            }
        }
        flush()
        return blocks
    }

    /// Link reference definitions: `[label]: destination`, keyed by lower-cased label.
    static func references(in lines: [SourceLine]) -> [String: String] {
        var references: [String: String] = [:]
        for line in lines {
            let trimmed = line.text.trimmingSpaces()
            guard isReferenceDefinition(trimmed), let close = trimmed.firstIndex(of: "]") else { continue }
            let label = trimmed[trimmed.index(after: trimmed.startIndex)..<close].lowercased()
            var destination = trimmed[trimmed.index(close, offsetBy: 2)...].trimmingSpaces()
            if let space = destination.firstIndex(of: " ") { destination = String(destination[..<space]) }
            if destination.hasPrefix("<") && destination.hasSuffix(">") { destination = String(destination.dropFirst().dropLast()) }
            references[label] = destination
        }
        return references
    }

    /// The line, narrowed to the content that follows its block marker.
    private static func stripped(_ line: SourceLine, toContent content: String) -> SourceLine {
        var copy = line
        guard let range = line.text.firstRange(of: content), !content.isEmpty else {
            copy.text = content[...]
            return copy
        }
        copy.utf8Offset += line.text[..<range.lowerBound].utf8.count
        copy.text = line.text[range]
        return copy
    }

    private static func isSetextUnderline(_ text: String) -> Bool {
        guard let first = text.first, first == "=" || first == "-" else { return false }
        return text.allSatisfy { $0 == first }
    }

    private static func isThematicBreak(_ text: String) -> Bool {
        let marks = text.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func isReferenceDefinition(_ text: String) -> Bool {
        guard text.hasPrefix("["), !text.hasPrefix("[^"), let close = text.firstIndex(of: "]") else { return false }
        let after = text[text.index(after: close)...]
        return after.hasPrefix(":") && after.dropFirst().contains(where: { !$0.isWhitespace })
    }

    /// The text after a list marker (`-`, `*`, `+`, `1.`, `1)`), or nil when the line is no list item.
    private static func listItemContent(_ text: String) -> String? {
        if let first = text.first, "-*+".contains(first) {
            let rest = text.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return rest.trimmingSpaces()
        }
        let digits = text.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return nil }
        let after = rest.dropFirst()
        guard after.first == " " || after.first == "\t" else { return nil }
        return after.trimmingSpaces()
    }
}
