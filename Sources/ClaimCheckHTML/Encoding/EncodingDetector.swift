/// Text decoded from a file's bytes, with the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text.
    public var text: String
    /// The encoding's name, lower case (`utf-8`, `windows-1252`, …).
    public var encoding: String

    /// Creates decoded text.
    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}

/// Decides how a file's bytes are encoded and decodes them.
///
/// (Skeleton: the full detector replaces this body.)
public enum EncodingDetector {
    /// Decodes bytes: byte-order mark, then the declared charset, then (for HTML) the page's
    /// `<meta charset>`, then UTF-8 if the bytes are valid UTF-8, else Windows-1252.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil, isHTML: Bool) throws(ReadError) -> DecodedText {
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "utf-8")
        }
        return DecodedText(text: String(decoding: bytes.map { UInt16($0) }, as: UTF16.self), encoding: "windows-1252")
    }
}
