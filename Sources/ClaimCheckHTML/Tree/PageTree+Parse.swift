extension PageTree {
    /// Parses UTF-8 HTML with libxml2 and keeps what the reader needs: from SAX events as the
    /// page is parsed (the default), or by walking libxml2's document (`.dom`, for
    /// comparison). No libxml2 memory outlives the call.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, using treeBuilder: HTMLReader.TreeBuilder = .sax) throws(ReadError) -> PageTree {
        switch treeBuilder {
        case .sax: return try SAXTreeBuilder.parse(text)
        case .dom: return try PageTreeDOMWalk.parse(text)
        }
    }
}
