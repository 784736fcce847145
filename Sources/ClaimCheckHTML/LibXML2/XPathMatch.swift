/// One node an XPath query selected, copied out of libxml2.
public struct XPathMatch: Sendable, Equatable {
    /// The element or attribute name (`p`, `href`); empty for text nodes and other values.
    public var name: String
    /// The node's text content, whitespace kept as in the page.
    public var text: String
    /// The element's attributes, in page order (empty for non-elements).
    public var attributes: [(name: String, value: String)]
    /// 1-based line in the file (exact even past line 65535).
    public var line: Int
    /// 0-based byte offset in the file where the node (an attribute's element) starts; -1
    /// when unknown.
    public var offset: Int

    public static func == (lhs: XPathMatch, rhs: XPathMatch) -> Bool {
        lhs.name == rhs.name && lhs.text == rhs.text && lhs.line == rhs.line && lhs.offset == rhs.offset
            && lhs.attributes.elementsEqual(rhs.attributes, by: { $0 == $1 })
    }
}
