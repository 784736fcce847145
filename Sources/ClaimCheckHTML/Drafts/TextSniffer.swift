/// Cheap looks at a file's first bytes: empty, binary, HTML or not, and how a draft is encoded.
enum TextSniffer {
    /// How many leading bytes the sniffing looks at.
    static let window = 8192

    /// Throws `.empty` for a file with no visible characters and `.binary` for one that is not text.
    ///
    /// A file is binary when its first bytes hold a NUL (unless a UTF-16 byte-order mark says
    /// NULs are expected) or more than 10 % control characters other than tab, line feed,
    /// carriage return and form feed.
    static func refuseEmptyOrBinary(_ bytes: [UInt8]) throws(ReadError) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if bytes.count <= 2 { throw .empty }
            return
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.contains(where: { !isSpace($0) }) else { throw .empty }
        let head = body.prefix(window)
        var controls = 0
        for byte in head {
            if byte == 0 { throw .binary }
            if byte < 0x20 && !isSpace(byte) && byte != 0x1B { controls += 1 }
        }
        if controls * 10 > head.count { throw .binary }
    }

    /// Whether the first non-blank bytes look like markup: a doctype, `<html>`, `<head>`,
    /// `<body>`, a comment, or a common block element near the start.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let head = bytes[start..<min(bytes.count, start + 1024)]
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = lowered.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<head")
            || trimmed.hasPrefix("<body") || trimmed.hasPrefix("<!--") || trimmed.hasPrefix("<?xml")
        {
            return true
        }
        return ["<p>", "<p ", "<div", "<article", "<meta", "<title"].contains { lowered.contains($0) }
    }

    /// Decodes a plain-text or Markdown draft.
    ///
    /// A byte-order mark or declared charset wins; otherwise valid UTF-8 is UTF-8, and bytes
    /// with no valid multi-byte UTF-8 sequence at all are Windows-1252 (an old editor's file).
    /// Bytes that mix valid multi-byte UTF-8 with invalid sequences are damaged UTF-8: refused,
    /// naming the first bad byte, rather than shown as mojibake.
    static func decodeDraft(_ bytes: [UInt8], declaredCharset: String?) throws(ReadError) -> DecodedText {
        if declaredCharset == nil, !hasBOM(bytes), let bad = UTF8Validity.invalidSequences(in: bytes[...]).first, UTF8Check.hasMultibyteSequence(bytes) {
            throw .invalidEncoding("invalid UTF-8 at byte \(bad)")
        }
        var decoded = try EncodingDetector.decode(bytes, declaredCharset: declaredCharset, isHTML: false)
        if decoded.text.unicodeScalars.first == "\u{FEFF}" { decoded.text.unicodeScalars.removeFirst() }
        return decoded
    }

    /// Whether the bytes start with a UTF-8 or UTF-16 byte-order mark.
    static func hasBOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}

/// UTF-8 shape of raw bytes (validity itself: `UTF8Validity`).
enum UTF8Check {
    /// Whether the bytes hold at least one well-formed two-to-four-byte UTF-8 sequence.
    static func hasMultibyteSequence(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index]
            if lead >= 0xC2 && lead <= 0xF4 && bytes[index + 1] & 0xC0 == 0x80 {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if index + length <= bytes.count && bytes[index + 1..<index + length].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                    return true
                }
            }
            index += 1
        }
        return false
    }
}
