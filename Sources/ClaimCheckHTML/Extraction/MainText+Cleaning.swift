/// Judging each block inside the chosen containers.
extension MainText {
    /// Whether a heading repeats the page title (the headline is metadata, not body text).
    func isTitle(_ text: ArraySlice<UInt8>) -> Bool {
        guard !titles.isEmpty, text.count >= 10, text.count < 400 else { return false }
        let heading = String(decoding: text, as: UTF8.self).lowercased()
        return titles.contains { $0 == heading || $0.hasPrefix(heading) }
    }


    /// Why a block is kept or dropped.
    enum Verdict: Equatable {
        case kept
        case outsideContainer
        /// Inside an element excluded as boilerplate or furniture, or a link list.
        case droppedWith(element: Int)
        case boilerplateHeading
        case afterBoilerplateHeading
        case boilerplateOpening
        case linkLine
        /// The headline, which is metadata.
        case title
        /// A heading whose section kept no text.
        case orphanHeading
        /// A short line in an article's header (date, category, credit).
        case headerLine
        /// Script text that libxml2 left as text (after a self-closed `<script/>`).
        case code
    }

    /// The verdict on every block.
    func verdicts(in containers: [Int]) -> [Verdict] {
        var verdicts: [Verdict] = []
        verdicts.reserveCapacity(tree.blocks.count)
        // Each element's container, found once (the containers are disjoint subtrees).
        var containerOf = [Int32](repeating: -1, count: tree.elements.count)
        for container in containers {
            for index in container..<Int(tree.elements[container].end) { containerOf[index] = Int32(container) }
        }
        var skipUntilElementEnd = -1
        for block in tree.blocks {
            let container = block.element >= 0 ? Int(containerOf[Int(block.element)]) : -1
            verdicts.append(verdict(block, container: container, skipUntilElementEnd: &skipUntilElementEnd))
        }
        dropCallToActionBoxes(&verdicts, containerOf: containerOf)
        dropOrphanHeadings(&verdicts)
        return verdicts
    }

    /// A small box whose line or button is a call to action ("Subscribe", "Become a member",
    /// "Hazte miembro") goes whole: its pitch is prose ("We have been doing journalism for a
    /// century…") that no phrase list can tell from the article. The box is the largest element
    /// holding the line, below the container, with at most `CallToAction.boxBlocks` blocks and
    /// `CallToAction.boxBytes` bytes of text and under a quarter of the container's text.
    func dropCallToActionBoxes(_ verdicts: inout [Verdict], containerOf: [Int32]) {
        var index = 0
        while index < tree.blocks.count {
            let block = tree.blocks[index]
            let element = Int(block.element)
            let isCall = (verdicts[index] == .boilerplateOpening || verdicts[index] == .linkLine)
                && BoilerplateText.opensBoilerplate(tree.text[Int(block.start)..<Int(block.end)])
            guard isCall, element >= 0, containerOf[element] >= 0 else {
                index += 1
                continue
            }
            let container = Int(containerOf[element])
            let containerBytes = tree.elements[container].textBytes
            var box: Int?
            var candidate = element
            while candidate > container {
                let boxElement = tree.elements[candidate]
                guard boxElement.textBytes <= CallToAction.boxBytes, boxElement.textBytes * 4 < containerBytes,
                    blockCount(in: candidate, around: index) <= CallToAction.boxBlocks
                else { break }
                box = candidate
                candidate = Int(boxElement.parent)
            }
            guard let box else {
                index += 1
                continue
            }
            let end = Int(tree.elements[box].end)
            var first = index
            while first > 0, Int(tree.blocks[first - 1].element) >= box, Int(tree.blocks[first - 1].element) < end { first -= 1 }
            var last = index
            while last + 1 < tree.blocks.count, Int(tree.blocks[last + 1].element) >= box, Int(tree.blocks[last + 1].element) < end { last += 1 }
            for inside in first...last where verdicts[inside] == .kept { verdicts[inside] = .droppedWith(element: box) }
            index = last + 1
        }
    }

    /// The number of blocks in an element's subtree, counted outwards from a block inside it.
    func blockCount(in element: Int, around block: Int) -> Int {
        let end = Int(tree.elements[element].end)
        let inside = { (index: Int) in Int(self.tree.blocks[index].element) >= element && Int(self.tree.blocks[index].element) < end }
        var count = 1
        var index = block - 1
        while index >= 0, inside(index), count <= CallToAction.boxBlocks { count += 1; index -= 1 }
        index = block + 1
        while index < tree.blocks.count, inside(index), count <= CallToAction.boxBlocks { count += 1; index += 1 }
        return count
    }

    /// A heading with no text of its own after it (what followed was boilerplate) goes too.
    func dropOrphanHeadings(_ verdicts: inout [Verdict]) {
        var nextKept: Int?
        for index in verdicts.indices.reversed() where verdicts[index] == .kept {
            let block = tree.blocks[index]
            if block.kind == .heading {
                let level = headingLevel(block)
                if let next = nextKept, tree.blocks[next].kind != .heading || headingLevel(tree.blocks[next]) > level {
                    nextKept = index
                } else {
                    verdicts[index] = .orphanHeading
                }
            } else {
                nextKept = index
            }
        }
    }

    func headingLevel(_ block: TextBlock) -> Int {
        guard block.element >= 0 else { return 7 }
        switch tree.elements[Int(block.element)].tag {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return 7
        }
    }

    func verdict(_ block: TextBlock, container: Int, skipUntilElementEnd: inout Int) -> Verdict {
        let element = Int(block.element)
        guard element >= 0, container >= 0 else { return .outsideContainer }
        if skipUntilElementEnd >= 0 {
            if element < skipUntilElementEnd { return .afterBoilerplateHeading }
            skipUntilElementEnd = -1
        }
        if let dropping = droppingAncestor(element, within: container) { return .droppedWith(element: dropping) }
        if block.length < 80, block.kind != .heading, isInHeader(element, within: container) { return .headerLine }
        let text = tree.text[Int(block.start)..<Int(block.end)]
        if block.kind == .heading, BoilerplateText.isBoilerplateHeading(text) {
            // The rest of the heading's section goes too.
            let section = Int(tree.elements[element].parent)
            skipUntilElementEnd = Int(tree.elements[max(section, container)].end)
            return .boilerplateHeading
        }
        if block.length < 300, BoilerplateText.opensBoilerplate(text) { return .boilerplateOpening }
        if block.kind == .heading, isTitle(text) { return .title }
        if block.length < 150, block.linkBytes * 10 > block.length * 8 { return .linkLine }
        if block.kind != .preformatted, BoilerplateText.looksLikeCode(text) { return .code }
        return .kept
    }

    /// Whether an element lies in a `<header>` inside the container.
    func isInHeader(_ element: Int, within container: Int) -> Bool {
        var index = element
        while index > container {
            if tree.elements[index].tag == .header { return true }
            index = Int(tree.elements[index].parent)
        }
        return false
    }

    /// The outermost element between a block's element and the container that drops it
    /// (boilerplate, or a list of links), if any.
    func droppingAncestor(_ element: Int, within container: Int) -> Int? {
        var index = element
        var dropping: Int?
        let containerBytes = tree.elements[container].textBytes
        while index > container {
            let candidate = tree.elements[index]
            if excluded[index], !excluded[container] { dropping = index }
            switch candidate.tag {
            case .div, .section, .ul, .ol, .table, .dl, .figure, .span:
                // An element holding most of the container's text is the article, links or not.
                if candidate.textBytes * 2 > containerBytes { break }
                let density = linkDensity(index)
                if density > 0.5 || (candidate.hint.weight < 0 && density > 0.2) { dropping = index }
            default:
                break
            }
            index = Int(candidate.parent)
        }
        return dropping
    }
}
