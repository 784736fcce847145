/// Reads an HTML page into a `Document`: main text, links and metadata.
///
/// One libxml2 parse whose SAX events build a compact `PageTree` (no libxml2 tree), then
/// scoring on that (see `MainText` for how main text is told from boilerplate, and
/// `docs/reader.md`).
public enum HTMLReader {
    /// How the page tree is built from libxml2's parse.
    public enum TreeBuilder: Sendable, Equatable {
        /// From SAX events during the parse (the default; no libxml2 tree).
        case sax
        /// By walking the document libxml2 builds (the former way, kept to compare).
        case dom
    }

    /// What the caller knows about a page besides its bytes.
    public struct Options: Sendable, Equatable {
        /// The charset given by an HTTP `Content-Type` header, if any; it wins over the page's own.
        public var declaredCharset: String?
        /// The URL the page was fetched from, if any; relative links resolve against it.
        public var url: String?
        /// How the page tree is built (the same document either way).
        public var treeBuilder: TreeBuilder

        /// Creates options.
        public init(declaredCharset: String? = nil, url: String? = nil, treeBuilder: TreeBuilder = .sax) {
            self.declaredCharset = declaredCharset
            self.url = url
            self.treeBuilder = treeBuilder
        }
    }

    /// Reads a page.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, exactly as stored.
    ///   - path: the path to record in the document.
    ///   - options: charset and URL known from elsewhere.
    /// - Returns: the page's main text (paragraphs with their 1-based line and 0-based byte
    ///   offset in `bytes`), links in the main text and metadata.
    /// - Throws: `ReadError.notHTML` for bytes without markup, `.invalidEncoding` for bytes
    ///   not valid in the declared encoding, `.nestedTooDeep` when libxml2 gives up on the
    ///   nesting, `.noText` for a page without readable text.
    public static func read(_ bytes: [UInt8], path: String, options: Options = Options()) throws(ReadError) -> Document {
        let decoded = try EncodingDetector.decode(bytes, declaredCharset: options.declaredCharset, isHTML: true)
        var text = decoded.text
        var result: Result<Document, ReadError> = .failure(.notHTML)
        text.withUTF8 { buffer in
            result = Result { () throws(ReadError) -> Document in try read(buffer, decoded: decoded, path: path, options: options) }
        }
        return try result.get()
    }

    /// Explains, block by block, which text the reader keeps and why it drops the rest: a
    /// diagnostic for tuning, not a stable format.
    public static func explain(_ bytes: [UInt8], options: Options = Options()) throws(ReadError) -> [String] {
        let decoded = try EncodingDetector.decode(bytes, declaredCharset: options.declaredCharset, isHTML: true)
        var text = decoded.text
        var result: Result<[String], ReadError> = .failure(.notHTML)
        text.withUTF8 { buffer in
            result = Result { () throws(ReadError) -> [String] in
                var mainText = MainText(try NoscriptFallback.choose(buffer, using: options.treeBuilder).tree)
                return mainText.explain()
            }
        }
        return try result.get()
    }

    /// Reads the page from its decoded UTF-8 text.
    private static func read(_ buffer: UnsafeBufferPointer<UInt8>, decoded: DecodedText, path: String, options: Options) throws(ReadError) -> Document {
            guard MarkupSniffer.looksLikeHTML(buffer) else { throw .notHTML }
            let (tree, kept) = try NoscriptFallback.choose(buffer, using: options.treeBuilder)
            guard !kept.isEmpty else { throw .noText }
            let metadata = MetadataReader.read(tree.head, url: options.url)
            let lines = LineTable(buffer)
            return DocumentAssembly(tree: tree, kept: kept, lines: lines, layout: decoded.layout, text: buffer)
                .document(path: path, encoding: decoded.encoding, metadata: metadata, base: tree.head.base, url: options.url)
    }
}
