/// XPath over a page, for callers who need more than the reader's `Document`.
public enum HTMLQuery {
    /// Parses a page and returns the nodes an XPath expression selects, as Swift values.
    ///
    /// The page is decoded as `HTMLReader.read` decodes it; lines and byte offsets are those
    /// of the original file, as for paragraphs.
    /// - Throws: `ReadError` when the bytes cannot be decoded or parsed.
    public static func select(_ expression: String, in bytes: [UInt8], declaredCharset: String? = nil) throws(ReadError) -> [XPathMatch] {
        let decoded = try EncodingDetector.decode(bytes, declaredCharset: declaredCharset, isHTML: true)
        var text = decoded.text
        var result: Result<[XPathMatch], ReadError> = .failure(.notHTML)
        text.withUTF8 { buffer in
            result = Result { () throws(ReadError) -> [XPathMatch] in
                let page = try ParsedHTML(utf8: buffer)
                var matches = page.select(expression, lines: LineTable(buffer))
                let known = matches.indices.filter { matches[$0].offset >= 0 }.sorted { matches[$0].offset < matches[$1].offset }
                let mapped = decoded.layout.originalOffsets(of: known.map { matches[$0].offset }, in: String(decoding: buffer, as: UTF8.self).utf8)
                for (position, index) in known.enumerated() { matches[index].offset = mapped[position] }
                return matches
            }
        }
        return try result.get()
    }
}
