/// XPath over a page, for callers who need more than the reader's `Document`.
public enum HTMLQuery {
    /// Parses a page and returns the nodes an XPath expression selects, as Swift values.
    ///
    /// The page is decoded as `HTMLReader.read` decodes it; lines and offsets are in the
    /// decoded UTF-8 text (the same as the file's for UTF-8 pages).
    /// - Throws: `ReadError` when the bytes cannot be decoded or parsed.
    public static func select(_ expression: String, in bytes: [UInt8], declaredCharset: String? = nil) throws(ReadError) -> [XPathMatch] {
        let decoded = try EncodingDetector.decode(bytes, declaredCharset: declaredCharset, isHTML: true)
        var text = decoded.text
        var result: Result<[XPathMatch], ReadError> = .failure(.notHTML)
        text.withUTF8 { buffer in
            result = Result { () throws(ReadError) -> [XPathMatch] in
                let page = try ParsedHTML(utf8: buffer)
                return page.select(expression, lines: LineTable(buffer))
            }
        }
        return try result.get()
    }
}
