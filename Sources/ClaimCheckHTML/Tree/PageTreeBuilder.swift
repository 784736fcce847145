/// Builds a `PageTree` from a page's parse events: elements entered and left, text, and the
/// text content of the few metadata elements it asks for. Two sources drive it: libxml2's
/// SAX events as the page is parsed (`SAXTreeBuilder`, no libxml2 tree at all), or a walk
/// over a libxml2 document (`PageTreeDOMWalk`, kept for comparison). Names and attributes
/// are read as bytes.
struct PageTreeBuilder {
    private(set) var tree = PageTree()

    /// Text content an element's `enter` asked for, handed back with `deliver` once known
    /// (at once from a tree, at the element's end from SAX events).
    enum ContentRequest {
        /// A `<script type="application/ld+json">`'s text.
        case jsonLD
        /// The page's `<title>`.
        case title
        /// A byline element's text, to fill author slot `Int`.
        case author(Int)
    }

    /// What `enter` decided for an element.
    struct Entry {
        /// Whether to go into the element (its text, its children); if not, `leave` is not called.
        var descend: Bool
        /// Text content wanted, in order.
        var wants: [ContentRequest] = []
    }

    /// Elements entered and not yet left.
    private var open: [Int32] = []
    /// Open block elements, innermost last.
    private var blockElements: [Int32] = []
    /// Links entered and not yet left: element index and record under construction.
    /// (Uncitable ones, `#…` or `javascript:`, count as link text but are not recorded.)
    private var openLinks: [(element: Int32, record: LinkRecord, citable: Bool)] = []
    /// Byline texts in the order their elements were entered (nil until delivered, or when
    /// not a name).
    private var authorSlots: [String?] = []

    // The block being collected.
    private var blockStart = 0
    private var blockHasText = false
    private var pendingSpace = false
    private var blockOffset = -1
    private var pendingOffset = -1
    /// The offset of the last element entered: where text without an offset of its own is.
    private var lastOffset = 0
    private var blockLinkBytes: Int32 = 0
    private var blockCommas: Int32 = 0
    private var hintCache: [UInt64: ClassHint] = [:]
    private var scratch: [UInt8] = []

    /// Whether `<noscript>` content is read as text (see `PageTree.parse`).
    private let readsNoscript: Bool

    init(readsNoscript: Bool = false) {
        self.readsNoscript = readsNoscript
        tree.text.reserveCapacity(1 << 16)
        tree.elements.reserveCapacity(1024)
    }

    /// Ends the build: the last block, the text totals, the bylines.
    mutating func finish() {
        flushBlock()
        totalUp()
        tree.head.authorNames = Array(authorSlots.compactMap { $0 }.prefix(8))
    }

    /// Hands over the text content an `enter` asked for.
    mutating func deliver(_ request: ContentRequest, _ content: String) {
        switch request {
        case .jsonLD:
            tree.head.jsonLD.append(content)
        case .title:
            tree.head.title = content
        case .author(let slot):
            let text = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            authorSlots[slot] = Self.looksLikeName(text) ? text : nil
        }
    }

    /// Whether a `<title>` entered now would be the page's title (not yet found, not an SVG's).
    private var wantsTitle: Bool {
        tree.head.title == nil && !titleRequested && open.allSatisfy({ tree.elements[Int($0)].tag != .svg })
    }
    private var titleRequested = false

    // MARK: Elements

    /// Records an element entered at byte `offset` of the parsed text (-1 when unknown).
    mutating func enter(_ tag: Tag, _ attributes: Attributes, offset: Int) -> Entry {
        var attributes = attributes
        if offset >= 0 { lastOffset = offset }
        switch tag {
        case .meta:
            recordMeta(attributes)
            return Entry(descend: false)
        case .link:
            if let rel = attributes.string(\.rel)?.lowercased() {
                if rel.split(separator: " ").contains("canonical"), tree.head.canonical == nil {
                    tree.head.canonical = attributes.string(\.href)
                }
            }
            return Entry(descend: false)
        case .base:
            if tree.head.base == nil { tree.head.base = attributes.string(\.href) }
            return Entry(descend: false)
        case .script:
            if let type = attributes.string(\.type)?.lowercased(), type.contains("ld+json") {
                return Entry(descend: false, wants: [.jsonLD])
            }
            return Entry(descend: false)
        case .title:
            if wantsTitle {
                titleRequested = true
                return Entry(descend: false, wants: [.title])
            }
            return Entry(descend: false)
        case .html:
            if tree.head.language == nil { tree.head.language = attributes.string(\.lang) }
        default:
            if tag.isSkipped && tag != .head && !(tag == .noscript && readsNoscript) { return Entry(descend: false) }
        }
        if attributes.isHidden { return Entry(descend: false) }
        if tag == .br || tag == .hr {
            flushBlock()
            return Entry(descend: false)
        }
        var wants: [ContentRequest] = []
        if tag.isBlock { flushBlock() }

        var flags: UInt8 = 0
        if let itemprop = attributes.value(\.itemprop) {
            if Self.equals(itemprop, "articlebody") { flags |= PageElement.articleBody }
            if Self.hasPrefix(itemprop, "author") {
                wants.append(.author(authorSlots.count))
                authorSlots.append(nil)
            }
        }
        var hint = hint(for: &attributes)
        if let role = attributes.value(\.role) {
            if HintWords.articleRoles.contains(where: { Self.equals(role, $0) }) {
                flags |= PageElement.articleBody
            } else if hint.drop == .none, HintWords.furnitureRoles.contains(where: { Self.equals(role, $0) }) {
                hint.drop = .furniture
            }
        }
        if HintWords.boilerplateTags.contains(tag) {
            hint.drop = .boilerplate
        } else if HintWords.furnitureTags.contains(tag), hint.drop == .none {
            // An article's own header holds its title and standfirst; the page's is furniture.
            let inArticle = tag == .header && open.contains { tree.elements[Int($0)].tag == .article || tree.elements[Int($0)].tag == .main }
            if !inArticle { hint.drop = .furniture }
        }
        if tag == .article || tag == .main { hint.weight += 10 }

        let index = Int32(tree.elements.count)
        tree.elements.append(
            PageElement(tag: tag, parent: open.last ?? -1, hint: hint, flags: flags, offset: offset))
        open.append(index)
        if tag.isBlock {
            blockElements.append(index)
            pendingOffset = offset
        } else if !blockHasText && pendingOffset < 0 {
            pendingOffset = offset
        }
        if tag == .a, let href = attributes.string(\.href) {
            let record = LinkRecord(href: href, start: Int32(tree.text.count), end: 0, block: Int32(tree.blocks.count), offset: offset)
            openLinks.append((index, record, Self.isCitable(href)))
        }
        if tag == .time, let datetime = attributes.string(\.datetime) {
            tree.head.times.append((index, datetime))
        }
        if tag == .a, let rel = attributes.value(\.rel), Self.equals(rel, "author") {
            wants.append(.author(authorSlots.count))
            authorSlots.append(nil)
        }
        return Entry(descend: true, wants: wants)
    }

    /// Leaves the innermost open element (one `enter` said to descend into).
    mutating func leave() {
        guard let index = open.popLast() else { return }
        let tag = tree.elements[Int(index)].tag
        tree.elements[Int(index)].end = Int32(tree.elements.count)
        if tag == .a, let last = openLinks.last, last.element == index {
            openLinks.removeLast()
            var record = last.record
            record.end = Int32(tree.text.count)
            if last.citable, record.end > record.start { tree.links.append(record) }
        }
        if tag.isBlock {
            flushBlock()
            if blockElements.last == index { blockElements.removeLast() }
            pendingOffset = -1
        }
    }

    private mutating func recordMeta(_ attributes: Attributes) {
        guard let content = attributes.string(\.content) else {
            if let charset = attributes.string(\.charset), charset.isEmpty { return }
            return
        }
        for key in [\Attributes.property, \Attributes.name, \Attributes.itemprop] {
            if let name = attributes.string(key) {
                tree.head.meta.append((name.lowercased(), content))
            }
        }
    }

    // MARK: Class and id hints

    /// Judges the element's class and id, cached by their bytes.
    private mutating func hint(for attributes: inout Attributes) -> ClassHint {
        let classValue = attributes.value(\.class)
        let idValue = attributes.value(\.id)
        if classValue == nil && idValue == nil { return .neutral }
        scratch.removeAll(keepingCapacity: true)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in [classValue, idValue] {
            guard var pointer = value else { continue }
            while pointer.pointee != 0 {
                var byte = pointer.pointee
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                scratch.append(byte)
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                pointer += 1
            }
            scratch.append(0x20)
            hash = (hash ^ 0x20) &* 0x100_0000_01b3
        }
        if let cached = hintCache[hash] { return cached }
        let judged = scratch.withUnsafeBufferPointer { ClassHint(attributes: $0) }
        hintCache[hash] = judged
        return judged
    }

    // MARK: Text

    /// Appends text to the current block, collapsing whitespace: `count` bytes of UTF-8 at
    /// `text`, from a text node starting at byte `nodeOffset` of the parsed text (-1 when
    /// unknown). Text outside any block element is dropped.
    mutating func append(_ text: UnsafePointer<UInt8>, count: Int, nodeOffset: Int) {
        guard !blockElements.isEmpty, count > 0 else { return }
        var pointer = text
        let end = text + count
        var linkBytes: Int32 = 0
        let inLink = !openLinks.isEmpty
        while pointer < end {
            let byte = pointer.pointee
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
            } else if byte == 0xC2 && pointer + 1 < end && pointer[1] == 0xA0 {
                pendingSpace = true
                pointer += 1
            } else {
                if !blockHasText {
                    blockHasText = true
                    blockStart = tree.text.count
                    blockOffset = pendingOffset >= 0 ? pendingOffset : (nodeOffset >= 0 ? nodeOffset : lastOffset)
                    pendingSpace = false
                    for index in openLinks.indices where openLinks[index].record.start < Int32(blockStart) {
                        openLinks[index].record.start = Int32(blockStart)
                        openLinks[index].record.block = Int32(tree.blocks.count)
                    }
                }
                if pendingSpace {
                    tree.text.append(0x20)
                    pendingSpace = false
                    if inLink { linkBytes += 1 }
                }
                if byte == UInt8(ascii: ",") { blockCommas += 1 }
                tree.text.append(byte)
                if inLink { linkBytes += 1 }
            }
            pointer += 1
        }
        blockLinkBytes += linkBytes
    }

    /// Ends the current block, keeping it if it has text.
    private mutating func flushBlock() {
        if blockHasText {
            let element = blockElements.last ?? -1
            tree.blocks.append(
                TextBlock(
                    start: Int32(blockStart), end: Int32(tree.text.count), linkBytes: blockLinkBytes,
                    commas: blockCommas, element: element, kind: kind(), offset: blockOffset))
        }
        blockStart = tree.text.count
        blockHasText = false
        pendingSpace = false
        blockOffset = -1
        blockLinkBytes = 0
        blockCommas = 0
    }

    /// The paragraph kind of the current block: its innermost block element's, except that a
    /// paragraph directly in a list item or a quote is a list item or a quote.
    private func kind() -> Paragraph.Kind {
        guard let innermost = blockElements.last else { return .paragraph }
        let kind = tree.elements[Int(innermost)].tag.paragraphKind
        guard kind == .paragraph, blockElements.count >= 2 else { return kind }
        switch tree.elements[Int(blockElements[blockElements.count - 2])].tag {
        case .li: return .listItem
        case .blockquote: return .quote
        default: return .paragraph
        }
    }

    /// Adds each block's text to its element and all ancestors.
    private mutating func totalUp() {
        for block in tree.blocks where block.element >= 0 {
            tree.elements[Int(block.element)].textBytes += Int32(block.length)
            tree.elements[Int(block.element)].linkBytes += block.linkBytes
        }
        var index = tree.elements.count - 1
        while index > 0 {
            let element = tree.elements[index]
            if element.parent >= 0 {
                tree.elements[Int(element.parent)].textBytes += element.textBytes
                tree.elements[Int(element.parent)].linkBytes += element.linkBytes
            }
            index -= 1
        }
    }

    // MARK: Byte helpers

    /// Whether a link target leads somewhere (not empty, not `#…`, not `javascript:`).
    static func isCitable(_ href: String) -> Bool {
        guard let first = href.utf8.first, first != UInt8(ascii: "#") else { return false }
        let scheme = "javascript:".utf8
        return !href.utf8.prefix(scheme.count).elementsEqual(scheme, by: { $0 | 0x20 == $1 | 0x20 })
    }

    /// Whether a byline text can be a person's or an agency's name (not "(Image: Getty)").
    static func looksLikeName(_ text: String) -> Bool {
        !text.isEmpty && text.count < 80 && !text.contains(":") && !text.contains("(") && !text.contains("@")
    }

    /// Whether a C string equals a lower-case ASCII word, ignoring case and surrounding spaces.
    static func equals(_ value: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        var pointer = value
        while pointer.pointee == 0x20 { pointer += 1 }
        let letters = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount {
            if pointer[index] | 0x20 != letters[index] { return false }
        }
        let after = pointer[word.utf8CodeUnitCount]
        return after == 0 || after == 0x20
    }

    /// Whether a C string starts with a lower-case ASCII word, ignoring case.
    static func hasPrefix(_ value: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        let letters = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount {
            if value[index] == 0 || value[index] | 0x20 != letters[index] { return false }
        }
        return true
    }
}
