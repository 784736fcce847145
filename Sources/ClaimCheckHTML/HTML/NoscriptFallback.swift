/// Pages whose article is rendered by a script keep their only static copy of it inside
/// `<noscript>` (script-rendered blogs do). The reader skips `<noscript>` like a script — on
/// most pages it holds "enable JavaScript" notices and tracking pixels — so on such a page the
/// main text comes out as a headline, a date and the sidebar. When the text chosen is that
/// thin and the page has a `<noscript>`, the page is read once more with `<noscript>` content
/// as text, and that reading wins when it holds clearly more prose.
enum NoscriptFallback {
    /// Prose bytes under which a reading is thin (a short news item has more than this).
    static let thinProse = 500
    /// Prose bytes the `<noscript>` reading needs at least (a "please enable JavaScript" notice
    /// has fewer; three short paragraphs have more).
    static let enoughProse = 300

    /// Bytes of prose in the kept blocks: paragraphs and quotes of 80 bytes or more, without
    /// their link text.
    static func proseBytes(_ tree: PageTree, _ kept: [Int]) -> Int {
        kept.reduce(0) { sum, index in
            let block = tree.blocks[index]
            guard block.kind == .paragraph || block.kind == .quote, block.length >= 80 else { return sum }
            return sum + block.length - Int(block.linkBytes)
        }
    }

    /// Whether the text holds a `<noscript` start tag (any case).
    static func containsNoscript(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let name = Array("noscript".utf8)
        var index = 0
        while index + name.count < text.count {
            if text[index] == UInt8(ascii: "<") {
                var matched = true
                for (offset, byte) in name.enumerated() where text[index + 1 + offset] | 0x20 != byte {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }

    /// The tree and kept blocks to use: the ordinary reading, or the one with `<noscript>`
    /// content when the ordinary one is thin and the other has at least twice its prose (and
    /// no less than `enoughProse`).
    static func choose(_ text: UnsafeBufferPointer<UInt8>, using treeBuilder: HTMLReader.TreeBuilder) throws(ReadError) -> (tree: PageTree, kept: [Int]) {
        let tree = try PageTree.parse(text, using: treeBuilder)
        var mainText = MainText(tree)
        let kept = mainText.select()
        let prose = proseBytes(tree, kept)
        guard prose < thinProse, containsNoscript(text),
            let withNoscript = try? PageTree.parse(text, using: treeBuilder, readsNoscript: true)
        else { return (tree, kept) }
        var other = MainText(withNoscript)
        let otherKept = other.select()
        let otherProse = proseBytes(withNoscript, otherKept)
        return otherProse >= max(2 * prose, enoughProse) ? (withNoscript, otherKept) : (tree, kept)
    }
}
