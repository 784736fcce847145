/// One line of a text draft, with where it starts in the file.
struct SourceLine {
    /// The line's text without its line break.
    var text: Substring
    /// 1-based line number.
    var number: Int
    /// Offset of the line's first byte in the UTF-8 form of the decoded text.
    var utf8Offset: Int

    /// Whether the line holds only whitespace.
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// Splits text into lines at `\n`, `\r\n` and `\r`.
    static func lines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var number = 1
        var lineStart = text.startIndex
        var offset = 0
        var lineOffset = 0
        var index = text.startIndex
        let utf8 = text.utf8
        while index < text.endIndex {
            let scalar = text.unicodeScalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(SourceLine(text: text[lineStart..<index], number: number, utf8Offset: lineOffset))
                var next = text.unicodeScalars.index(after: index)
                offset += 1
                if scalar == "\r", next < text.endIndex, text.unicodeScalars[next] == "\n" {
                    next = text.unicodeScalars.index(after: next)
                    offset += 1
                }
                number += 1
                lineStart = next
                lineOffset = offset
                index = next
            } else {
                offset += utf8.distance(from: index, to: text.unicodeScalars.index(after: index))
                index = text.unicodeScalars.index(after: index)
            }
        }
        if lineStart < text.endIndex {
            lines.append(SourceLine(text: text[lineStart...], number: number, utf8Offset: lineOffset))
        }
        return lines
    }
}

/// Maps offsets in the UTF-8 form of decoded text back to byte offsets in the original file.
struct ByteOffsetMap {
    private let text: String
    private let encoding: String
    private let bomLength: Int

    init(text: String, encoding: String, originalStartsWithBOM: Bool) {
        self.text = text
        self.encoding = encoding.lowercased()
        switch self.encoding {
        case "utf-16le", "utf-16be", "utf-16": bomLength = originalStartsWithBOM ? 2 : 0
        default: bomLength = originalStartsWithBOM ? 3 : 0
        }
    }

    /// The file byte offset of the character that starts at `utf8Offset` in the decoded text.
    func fileOffset(ofUTF8Offset utf8Offset: Int) -> Int {
        switch encoding {
        case "utf-8": return bomLength + utf8Offset
        default:
            let utf8 = text.utf8
            let end = utf8.index(utf8.startIndex, offsetBy: min(utf8Offset, utf8.count))
            let prefix = text[..<end]
            if encoding.hasPrefix("utf-16") { return bomLength + 2 * prefix.utf16.count }
            // Single-byte encodings: one byte per character.
            return bomLength + prefix.unicodeScalars.count
        }
    }
}

/// Whitespace collapsed to single spaces, trimmed at both ends.
func collapsingWhitespace<S: StringProtocol>(_ text: S) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
        // ASCII without the Unicode property table (most of the cost on a large draft).
        let isWhitespace = scalar.isASCII ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
        if isWhitespace {
            pendingSpace = !result.isEmpty
        } else {
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}
