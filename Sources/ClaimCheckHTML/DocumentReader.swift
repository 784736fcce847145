/// Reads a file from disk into a `Document`, whatever its format, refusing bad input clearly.
///
/// The format comes from the file name (`.html`, `.htm`, `.xhtml` → HTML; `.md`, `.markdown`
/// → Markdown; `.txt`, `.text` → plain text); for other names the first bytes decide (markup →
/// HTML, else plain text). Before any parsing the reader refuses, with a `ReadError`: a missing
/// file, a directory, a FIFO, socket or device (never opened for a blocking read), an
/// unreadable file, a file over the size limit (checked before reading
/// it), an empty file and a binary file.
///
/// ```swift
/// let document = try DocumentReader().read(path: "fixtures/seed/draft.html")
/// ```
public struct DocumentReader: Sendable {
    /// The default size limit: 50 MB.
    public static let defaultMaxSize = 50 * 1024 * 1024

    /// Files larger than this many bytes are refused.
    public var maxSize: Int
    /// Read every file as this format instead of deciding from its name and bytes.
    public var format: Document.Format?
    /// A charset known from elsewhere (an HTTP header); it wins over the page's own.
    public var declaredCharset: String?

    /// Creates a reader.
    public init(maxSize: Int = DocumentReader.defaultMaxSize, format: Document.Format? = nil, declaredCharset: String? = nil) {
        self.maxSize = maxSize
        self.format = format
        self.declaredCharset = declaredCharset
    }

    /// Reads the file at `path`.
    ///
    /// - Throws: `ReadError` naming the problem; the caller adds the path.
    public func read(path: String) throws(ReadError) -> Document {
        var bytes = try RegularFile.read(path: path, maxSize: maxSize)
        let format = format ?? Self.format(ofPath: path, bytes: bytes)
        guard format != .html else { return try read(bytes: bytes, path: path) }
        // A draft's bytes are let go once decoded, before its paragraphs are built: a large
        // file is held as bytes or as text, not both at once.
        try TextSniffer.refuseEmptyOrBinary(bytes)
        let text = try TextSniffer.decodeDraft(bytes, declaredCharset: declaredCharset)
        let startsWithBOM = TextSniffer.hasBOM(bytes)
        bytes = []
        switch format {
        case .markdown: return MarkdownReader.read(text.text, path: path, encoding: text.encoding, startsWithBOM: startsWithBOM)
        case .text, .html: return PlainTextReader.read(text.text, path: path, encoding: text.encoding, startsWithBOM: startsWithBOM)
        }
    }

    /// Reads the file at `path`, and also returns its decoded text (for placing findings on
    /// the file's own lines and columns).
    public func readWithText(path: String) throws(ReadError) -> (document: Document, text: String) {
        let bytes = try RegularFile.read(path: path, maxSize: maxSize)
        let document = try read(bytes: bytes, path: path)
        let text: String
        switch document.format {
        case .html: text = (try? EncodingDetector.decode(bytes, declaredCharset: declaredCharset, isHTML: true).text) ?? ""
        case .markdown, .text: text = (try? TextSniffer.decodeDraft(bytes, declaredCharset: declaredCharset).text) ?? ""
        }
        return (document, text)
    }

    /// Reads bytes already in memory, and also returns their decoded text (as
    /// `readWithText(path:)` does for a file).
    public func readWithText(bytes: [UInt8], path: String, url: String? = nil) throws(ReadError) -> (document: Document, text: String) {
        let document = try read(bytes: bytes, path: path, url: url)
        let text: String
        switch document.format {
        case .html: text = (try? EncodingDetector.decode(bytes, declaredCharset: declaredCharset, isHTML: true).text) ?? ""
        case .markdown, .text: text = (try? TextSniffer.decodeDraft(bytes, declaredCharset: declaredCharset).text) ?? ""
        }
        return (document, text)
    }

    /// Reads bytes already in memory, as if they came from a file named `path`.
    public func read(bytes: [UInt8], path: String, url: String? = nil) throws(ReadError) -> Document {
        if bytes.count > maxSize { throw .tooLarge(size: bytes.count, limit: maxSize) }
        try TextSniffer.refuseEmptyOrBinary(bytes)
        switch format ?? Self.format(ofPath: path, bytes: bytes) {
        case .html:
            return try HTMLReader.read(bytes, path: path, options: .init(declaredCharset: declaredCharset, url: url))
        case .markdown:
            let text = try TextSniffer.decodeDraft(bytes, declaredCharset: declaredCharset)
            return MarkdownReader.read(text.text, path: path, encoding: text.encoding, startsWithBOM: TextSniffer.hasBOM(bytes))
        case .text:
            let text = try TextSniffer.decodeDraft(bytes, declaredCharset: declaredCharset)
            return PlainTextReader.read(text.text, path: path, encoding: text.encoding, startsWithBOM: TextSniffer.hasBOM(bytes))
        }
    }

    /// The format a file is read as: by extension, else by its first bytes.
    public static func format(ofPath path: String, bytes: [UInt8]) -> Document.Format {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: ".") {
            switch name[name.index(after: dot)...].lowercased() {
            case "html", "htm", "xhtml", "shtml": return .html
            case "md", "markdown", "mdown", "mkd": return .markdown
            case "txt", "text": return .text
            default: break
            }
        }
        return TextSniffer.looksLikeHTML(bytes) ? .html : .text
    }
}
