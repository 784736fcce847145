extension PageTree {
    /// Parses UTF-8 HTML with libxml2 and copies what the reader needs; the libxml2 document
    /// is freed before this returns.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) throws(ReadError) -> PageTree {
        let page = try ParsedHTML(utf8: text)
        guard let root = page.root else { throw .notHTML }
        var builder = PageTreeBuilder()
        builder.walk(root)
        return withExtendedLifetime(page) { builder.tree }
    }
}
