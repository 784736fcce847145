/// Reads a plain-text draft: paragraphs are runs of non-blank lines, bare URLs are citations.
///
/// A first paragraph of one short line with no closing full stop (a headline) becomes the
/// title and is kept as a `.heading` paragraph.
public enum PlainTextReader {
    /// Reads decoded text.
    ///
    /// - Parameters:
    ///   - text: the draft's text.
    ///   - path: the path to record.
    ///   - encoding: the encoding the text was decoded from, for byte offsets.
    ///   - startsWithBOM: whether the original bytes began with a byte-order mark.
    public static func read(_ text: String, path: String, encoding: String = "utf-8", startsWithBOM: Bool = false) -> Document {
        let offsets = ByteOffsetMap(text: text, encoding: encoding, originalStartsWithBOM: startsWithBOM)
        var paragraphs: [Paragraph] = []
        var links: [Link] = []
        var block: [SourceLine] = []

        func flush() {
            guard let first = block.first else { return }
            let joined = collapsingWhitespace(block.map(\.text).joined(separator: " "))
            let leading = first.text.utf8.count - first.text.drop(while: \.isWhitespace).utf8.count
            paragraphs.append(Paragraph(text: joined, line: first.number, offset: offsets.fileOffset(ofUTF8Offset: first.utf8Offset + leading)))
            for line in block {
                for url in URLScanner.urls(in: line.text) {
                    links.append(Link(href: url, text: url, line: line.number))
                }
            }
            block.removeAll()
        }

        let lines = SourceLine.lines(of: text)
        for line in lines {
            if line.isBlank { flush() } else { block.append(line) }
        }
        flush()

        var metadata = Metadata()
        if paragraphs.count > 1, let first = paragraphs.first, HeadlineShape.isHeadline(first.text),
            !lines.isEmpty, lines.count > first.line, lines[first.line].isBlank
        {
            paragraphs[0].kind = .heading
            metadata.title = first.text
        }
        return Document(path: path, format: .text, encoding: encoding, metadata: metadata, paragraphs: paragraphs, links: links)
    }
}

/// Whether a line reads as a headline: short, and not ending as a sentence of prose does.
enum HeadlineShape {
    static func isHeadline(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 160 else { return false }
        guard let last = text.last else { return false }
        return !".,;:".contains(last)
    }
}

/// Finds bare `http://`, `https://` and `www.` addresses in text.
enum URLScanner {
    static func urls(in text: Substring) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let start = nextStart(in: rest) {
            var end = start
            while end < rest.endIndex, !rest[end].isWhitespace, !"<>\"“”«»".contains(rest[end]) {
                end = rest.index(after: end)
            }
            var url = rest[start..<end]
            // Trailing punctuation belongs to the sentence, not the address.
            while let last = url.last, ".,;:!?)]}'’".contains(last) {
                if last == ")" && url.contains("(") { break }
                url = url.dropLast()
            }
            if url.count > 8 { found.append(url.hasPrefix("www.") ? "http://" + url : String(url)) }
            rest = rest[end...]
        }
        return found
    }

    private static let starts: [[UInt8]] = ["https://", "http://", "www."].map { Array($0.utf8) }

    /// Where the first address starts: one pass over the UTF-8 bytes (searching the rest of
    /// the line once per prefix and per address made a long line of many links quadratic).
    private static func nextStart(in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") {
                for prefix in starts where prefix[0] == byte && utf8[index...].starts(with: prefix) {
                    // The prefixes are ASCII, so the byte index is a character boundary.
                    return index
                }
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}
