/// A compact copy of what the reader needs from a parsed page: the elements that can hold
/// text, the text blocks in page order, the links, and the raw metadata. Built in one walk
/// over libxml2's tree (`PageTreeBuilder`); no C pointer is kept.
struct PageTree {
    /// Elements in document order; a parent always comes before its children.
    var elements: [PageElement] = []
    /// Text blocks (a paragraph, heading, list item, …) in document order.
    var blocks: [TextBlock] = []
    /// The text of all blocks, UTF-8, whitespace collapsed; blocks index into it.
    var text: [UInt8] = []
    /// `<a href>` links with their text ranges.
    var links: [LinkRecord] = []
    /// Metadata as the page gives it, before interpretation.
    var head = RawMetadata()

    /// The text of a block as a String.
    func string(_ block: TextBlock) -> String {
        String(decoding: text[Int(block.start)..<Int(block.end)], as: UTF8.self)
    }
}

/// One element that can hold text.
struct PageElement {
    var tag: Tag
    /// Index of the parent element, or -1 for the root.
    var parent: Int32
    /// What the element's class and id say.
    var hint: ClassHint
    /// Element flags (`PageElement.articleBody`, …).
    var flags: UInt8
    /// Byte offset of the start tag in the parsed text, or -1.
    var offset: Int
    /// One past the index of the element's last descendant: its subtree is `index..<end`.
    var end: Int32 = 0
    /// Bytes of text in the element and its descendants.
    var textBytes: Int32 = 0
    /// Bytes of that text inside links.
    var linkBytes: Int32 = 0
    /// Readability-style content score.
    var score: Float = 0
    /// Whether the element received a score.
    var isCandidate = false

    /// `itemprop="articleBody"` or `role="main"`/`role="article"`.
    static let articleBody: UInt8 = 1
    /// Marked hidden (`hidden`, `aria-hidden`, `display:none`).
    static let hidden: UInt8 = 2
}

/// One block of text.
struct TextBlock {
    /// Range in `PageTree.text`.
    var start: Int32
    var end: Int32
    /// Bytes of the block's text inside links.
    var linkBytes: Int32
    /// Commas in the text (a sign of prose).
    var commas: Int32
    /// Index of the innermost block element holding the text.
    var element: Int32
    var kind: Paragraph.Kind
    /// Byte offset in the parsed text where the block starts.
    var offset: Int

    var length: Int { Int(end - start) }
}

/// An `<a href>` link.
struct LinkRecord {
    var href: String
    /// Range of its anchor text in `PageTree.text`.
    var start: Int32
    var end: Int32
    /// Index of the block it lies in.
    var block: Int32
    /// Byte offset of the `<a` in the parsed text.
    var offset: Int
}

/// Metadata as found in the page, before interpretation.
struct RawMetadata {
    var title: String?
    var language: String?
    /// `<meta>` tags: lower-cased `name`, `property` or `itemprop`, and `content`.
    var meta: [(key: String, value: String)] = []
    var canonical: String?
    var base: String?
    /// The text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// `<time datetime>` values with the element they sit in.
    var times: [(element: Int32, datetime: String)] = []
    /// Texts of `rel="author"` links and `itemprop="author"` elements.
    var authorNames: [String] = []
}
