/// Reads an HTML page into a `Document`: main text, links and metadata.
///
/// (Skeleton: the libxml2 reader replaces this body.)
public enum HTMLReader {
    /// What the caller knows about a page besides its bytes.
    public struct Options: Sendable, Equatable {
        /// The charset given by an HTTP `Content-Type` header, if any; it wins over the page's own.
        public var declaredCharset: String?
        /// The URL the page was fetched from, if any; relative links resolve against it.
        public var url: String?

        /// Creates options.
        public init(declaredCharset: String? = nil, url: String? = nil) {
            self.declaredCharset = declaredCharset
            self.url = url
        }
    }

    /// Reads a page.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, exactly as stored.
    ///   - path: the path to record in the document.
    ///   - options: charset and URL known from elsewhere.
    /// - Throws: `ReadError` when the bytes are not a readable page.
    public static func read(_ bytes: [UInt8], path: String, options: Options = Options()) throws(ReadError) -> Document {
        let decoded = try EncodingDetector.decode(bytes, declaredCharset: options.declaredCharset, isHTML: true)
        return Document(path: path, format: .html, encoding: decoded.encoding)
    }
}
