/// Tells an HTML page from other text before parsing it.
enum MarkupSniffer {
    /// Tag names whose presence makes text an HTML page.
    private static let tags: [[UInt8]] = [
        "html", "!doctype", "head", "body", "p", "div", "title", "meta", "span", "a", "br",
        "article", "section", "table", "ul", "h1", "h2", "h3", "script", "style", "link", "img",
        "main", "header", "nav", "li", "b", "i", "em", "strong", "font", "center", "form", "!--",
    ].map { Array($0.utf8) }

    /// How far to look: an HTML page shows a tag long before this.
    static let window = 256 * 1024

    /// Whether the text holds a known start tag (`<p>`, `<div class=…>`, …) in its first
    /// 256 KB.
    static func looksLikeHTML(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = min(text.count, window)
        while index + 1 < count {
            if text[index] == UInt8(ascii: "<") {
                for tag in tags where matches(text, at: index + 1, tag) { return true }
            }
            index += 1
        }
        return false
    }

    private static func matches(_ text: UnsafeBufferPointer<UInt8>, at start: Int, _ tag: [UInt8]) -> Bool {
        guard start + tag.count < text.count else { return false }
        for (offset, byte) in tag.enumerated() where text[start + offset] | 0x20 != byte | 0x20 {
            return false
        }
        if tag == Array("!--".utf8) { return true }
        let after = text[start + tag.count]
        return after == UInt8(ascii: ">") || after == UInt8(ascii: " ") || after == UInt8(ascii: "/")
            || after == 0x0A || after == 0x09 || after == 0x0D
    }
}
