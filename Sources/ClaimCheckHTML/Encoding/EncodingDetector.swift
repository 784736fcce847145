/// Text decoded from a file's bytes, with the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text.
    public var text: String
    /// The encoding's name, lower case (`utf-8`, `windows-1252`, …).
    public var encoding: String
    /// How offsets in the decoded text's UTF-8 map back to bytes of the original file.
    var layout: ByteLayout = .utf8(prefix: 0)

    /// Creates decoded text.
    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }

    init(text: String, encoding: String, layout: ByteLayout) {
        self.text = text
        self.encoding = encoding
        self.layout = layout
    }
}

/// Decides how a file's bytes are encoded and decodes them.
///
/// The order is the one browsers follow, simplified: a byte-order mark; the charset the
/// caller declares (an HTTP `Content-Type` header); for HTML, a `<meta charset>` or
/// `<meta http-equiv="Content-Type">` in the first 4 KB (unless the bytes are valid UTF-8
/// beyond ASCII: a saved page re-encoded to UTF-8 keeps its old tag); then UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252. Labels `latin1`, `iso-8859-1` and `us-ascii`
/// mean Windows-1252, as in browsers.
///
/// Bytes declared UTF-8 that are not valid UTF-8 throw `ReadError.invalidEncoding`, with one
/// exception for HTML pages: a few stray bytes (at most one in a thousand) become U+FFFD, as
/// in a browser — real pages have them (one trafilatura dev page has a single bad byte in
/// 110 KB). Drafts (`isHTML: false`) declared UTF-8 get no such leniency.
public enum EncodingDetector {
    /// Decodes bytes: byte-order mark, then the declared charset, then (for HTML) the page's
    /// `<meta charset>`, then UTF-8 if the bytes are valid UTF-8, else Windows-1252.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, exactly as stored.
    ///   - declaredCharset: a charset label from outside the file (HTTP header; or `utf-8`
    ///     for a draft that must be UTF-8), if any.
    ///   - isHTML: whether to look for a `<meta>` charset declaration and forgive a few
    ///     stray bytes in a page declared UTF-8.
    /// - Returns: the text and the name of the encoding used.
    /// - Throws: `ReadError.invalidEncoding` when the bytes are declared UTF-8 but are not.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil, isHTML: Bool) throws(ReadError) -> DecodedText {
        if let bom = ByteOrderMark(bytes) {
            return try decode(bytes, as: bom.charset, prefix: bom.length, lenient: isHTML)
        }
        if let label = declaredCharset, let charset = Charset(label: label) {
            return try decode(bytes, as: charset, prefix: 0, lenient: isHTML)
        }
        if isHTML, let label = MetaCharset.find(in: bytes), var charset = Charset(label: label) {
            // A page in UTF-16 would have a byte-order mark; a meta tag readable as ASCII
            // cannot be UTF-16, so browsers read it as UTF-8.
            if case .utf16 = charset { charset = .utf8 }
            // A saved page whose bytes were re-encoded to UTF-8 keeps its old meta tag; bytes
            // in a legacy charset are almost never valid UTF-8 once they leave ASCII.
            if charset != .utf8, let text = String(validating: bytes, as: UTF8.self), bytes.contains(where: { $0 >= 0x80 }) {
                return DecodedText(text: text, encoding: "utf-8", layout: .utf8(prefix: 0))
            }
            return try decode(bytes, as: charset, prefix: 0, lenient: isHTML)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "utf-8", layout: .utf8(prefix: 0))
        }
        return decode(bytes, as: Windows1252.self)
    }

    /// Decodes with a known charset; `lenient` forgives a few invalid UTF-8 bytes.
    static func decode(_ bytes: [UInt8], as charset: Charset, prefix: Int, lenient: Bool) throws(ReadError) -> DecodedText {
        let body = bytes[prefix...]
        switch charset {
        case .utf8:
            if let text = String(validating: body, as: UTF8.self) {
                return DecodedText(text: text, encoding: "utf-8", layout: .utf8(prefix: prefix))
            }
            let invalid = UTF8Validity.invalidSequences(in: body)
            if !lenient || invalid.count * 1000 > max(body.count, 1000) {
                throw .invalidEncoding("declared UTF-8, but \(invalid.count) invalid byte sequences, the first at byte \(invalid.first ?? prefix)")
            }
            // Replacement keeps byte offsets in step only approximately; few bytes are involved.
            return DecodedText(text: String(decoding: body, as: UTF8.self), encoding: "utf-8", layout: .utf8(prefix: prefix))
        case .windows1252:
            return decode(bytes, as: Windows1252.self)
        case .utf16(let bigEndian):
            return DecodedText(text: UTF16Decoding.decode(body, bigEndian: bigEndian), encoding: bigEndian ? "utf-16be" : "utf-16le", layout: .utf16(prefix: prefix))
        case .other(let name):
            if let decoded = Iconv.decode(body, from: name) {
                return DecodedText(text: decoded.text, encoding: name, layout: decoded.singleByte ? .singleByte(prefix: prefix) : .approximate(prefix: prefix, ratio: Double(body.count) / Double(max(decoded.text.utf8.count, 1))))
            }
            if let text = String(validating: body, as: UTF8.self) {
                return DecodedText(text: text, encoding: "utf-8", layout: .utf8(prefix: prefix))
            }
            return decode(bytes, as: Windows1252.self)
        }
    }

    private static func decode(_ bytes: [UInt8], as: Windows1252.Type) -> DecodedText {
        DecodedText(text: Windows1252.decode(bytes[...]), encoding: "windows-1252", layout: .singleByte(prefix: 0))
    }
}
