import ClaimCheck

/// An HTML report read back with libxml2 (through `HTMLQuery`), for tests to look at: a
/// page written by `CheckReport.html()`, or the DOM a browser dumped.
public struct ReportPage {
    /// The page's bytes.
    public let bytes: [UInt8]

    /// Wraps a page's text.
    public init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// The nodes an XPath expression selects.
    public func select(_ expression: String) throws -> [XPathMatch] {
        try HTMLQuery.select(expression, in: bytes)
    }

    /// The `tag` elements (any by default) whose class list holds `name`.
    public func elements(_ tag: String = "*", class name: String) throws -> [XPathMatch] {
        try select("//\(tag)[\(Self.hasClass(name))]")
    }

    /// An XPath predicate: the element's class list holds `name`.
    public static func hasClass(_ name: String) -> String {
        "contains(concat(' ', normalize-space(@class), ' '), ' \(name) ')"
    }
}

extension XPathMatch {
    /// The value of an attribute, if the element has it.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
