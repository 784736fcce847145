/// Finds the charset a page declares in its markup: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
enum MetaCharset {
    /// How far into the page to look, in bytes. Browsers look at 1 KB; pages with long heads
    /// put the tag later, so look further.
    static let window = 4096

    /// The first charset label declared in a `<meta>` tag in the first bytes, if any.
    static func find(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, window)
        var index = 0
        while index + 5 < end {
            if bytes[index] == UInt8(ascii: "<"), matches(bytes, at: index + 1, "meta") {
                var tagEnd = index + 5
                while tagEnd < end, bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
                if let label = charset(in: bytes, (index + 5)..<tagEnd) { return label }
                index = tagEnd
            }
            index += 1
        }
        return nil
    }

    /// The value after `charset=` inside one tag's bytes.
    private static func charset(in bytes: [UInt8], _ range: Range<Int>) -> String? {
        let tag = bytes[range]
        var index = tag.startIndex
        while index + 7 <= tag.endIndex {
            if matches(bytes, at: index, "charset") {
                var cursor = index + 7
                while cursor < tag.endIndex, tag[cursor] == UInt8(ascii: " ") { cursor += 1 }
                guard cursor < tag.endIndex, tag[cursor] == UInt8(ascii: "=") else {
                    index += 7
                    continue
                }
                cursor += 1
                while cursor < tag.endIndex, [UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(tag[cursor]) {
                    cursor += 1
                }
                let start = cursor
                while cursor < tag.endIndex, isLabelByte(tag[cursor]) { cursor += 1 }
                if cursor > start { return String(decoding: tag[start..<cursor], as: UTF8.self) }
                return nil
            }
            index += 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: ":"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    /// Whether `bytes` at `index` spell `word` (lower-case ASCII), ignoring case.
    static func matches(_ bytes: [UInt8], at index: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let letters = word.utf8Start
        for offset in 0..<count where bytes[index + offset] | 0x20 != letters[offset] {
            return false
        }
        return true
    }
}
