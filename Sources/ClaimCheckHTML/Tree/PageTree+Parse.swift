extension PageTree {
    /// Parses UTF-8 HTML with libxml2 and keeps what the reader needs: from SAX events as the
    /// page is parsed (the default), or by walking libxml2's document (`.dom`, for
    /// comparison). No libxml2 memory outlives the call. With `readsNoscript`, the content of
    /// `<noscript>` is read as page text (for pages whose script renders the article and whose
    /// only static copy is there); otherwise it is skipped like a script.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, using treeBuilder: HTMLReader.TreeBuilder = .sax, readsNoscript: Bool = false) throws(ReadError) -> PageTree {
        switch treeBuilder {
        case .sax: return try SAXTreeBuilder.parse(text, readsNoscript: readsNoscript)
        case .dom: return try PageTreeDOMWalk.parse(text, readsNoscript: readsNoscript)
        }
    }
}
