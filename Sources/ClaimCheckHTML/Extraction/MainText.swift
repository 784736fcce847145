import Foundation

/// Decides which blocks of a page are its main text, the way readability-style extractors do.
///
/// 1. Blocks inside boilerplate (navigation, asides, comments, share bars, "Related" boxes,
///    cookie banners, …: see `HintWords` and the tags in `PageTreeBuilder`) do not count.
/// 2. Every prose block (paragraph, quote, table cell, preformatted text of 25 bytes or more)
///    scores 1 + its commas + one per 100 bytes (at most 3); the score goes to the block's
///    container, half of it to the container's parent, a sixth to the next ancestor, and so
///    on for five levels. Containers start from a tag bonus and their class/id weight, and
///    their final score is scaled down by their link density.
/// 3. The best container wins; it moves up to an ancestor holding several near-best
///    containers or scoring higher, and takes along siblings that score well or read as prose.
/// 4. Inside it, boilerplate subtrees, link lists and boilerplate lines ("Read also: …") are
///    dropped, and everything after an "About the author" or "Comments" heading.
struct MainText {
    private var tree: PageTree
    /// For each element, whether it or an ancestor is boilerplate or furniture.
    private var excluded: [Bool]

    /// The page's own titles (`<title>`, `og:title`), lower-cased, to drop the headline.
    private let titles: [String]

    init(_ tree: PageTree) {
        self.tree = tree
        excluded = []
        var titles: [String] = []
        if let title = tree.head.title { titles.append(title) }
        for (key, value) in tree.head.meta where key == "og:title" || key == "twitter:title" { titles.append(value) }
        self.titles = titles.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }.filter { $0.count >= 10 }
    }

    /// Whether a heading repeats the page title (the headline is metadata, not body text).
    private func isTitle(_ text: ArraySlice<UInt8>) -> Bool {
        guard !titles.isEmpty, text.count >= 10, text.count < 400 else { return false }
        let heading = String(decoding: text, as: UTF8.self).lowercased()
        return titles.contains { $0 == heading || $0.hasPrefix(heading) }
    }

    /// The indices of the blocks that make the main text, in order.
    mutating func select() -> [Int] {
        for relaxation in 0..<3 {
            markExcluded(relaxation: relaxation)
            let kept = selectOnce()
            let keptBytes = kept.reduce(0) { $0 + tree.blocks[$1].length }
            if keptBytes >= 250 || relaxation == 2 { return kept }
        }
        return []
    }

    // MARK: Exclusion

    /// Marks elements under boilerplate; `relaxation` 1 ignores furniture, 2 ignores all.
    private mutating func markExcluded(relaxation: Int) {
        let elements = tree.elements
        let bodyBytes = max(elements.first?.textBytes ?? 0, 1)
        excluded = [Bool](repeating: false, count: elements.count)
        guard relaxation < 2 else { return }
        for index in elements.indices {
            let element = elements[index]
            var isExcluded = element.parent >= 0 && excluded[Int(element.parent)]
            switch element.hint.drop {
            case .boilerplate:
                // A wrapper holding most of the page is not a comment box, whatever its class.
                if element.textBytes * 10 < bodyBytes * 6 { isExcluded = true }
            case .furniture:
                if relaxation == 0, element.textBytes * 10 < bodyBytes * 6 { isExcluded = true }
            case .none:
                break
            }
            excluded[index] = isExcluded
        }
    }

    // MARK: Scoring

    private mutating func selectOnce() -> [Int] {
        guard let containers = containers() else { return fallback() }
        let verdicts = verdicts(in: containers)
        return verdicts.indices.filter { verdicts[$0] == .kept }
    }

    /// Scores the page and returns the chosen containers (nil when nothing scored).
    mutating func containers() -> [Int]? {
        for index in tree.elements.indices {
            tree.elements[index].score = 0
            tree.elements[index].isCandidate = false
        }
        scoreBlocks()
        guard var top = bestContainer() else { return nil }
        if let article = soleArticle(), !contains(article, top), !contains(top, article) { top = article }
        return withSiblings(of: top)
    }

    /// The page's one `<article>` (or `itemprop="articleBody"`) with text, when it has exactly
    /// one: a page that marks its article so plainly is believed over the scores.
    private func soleArticle() -> Int? {
        var found: Int?
        for index in tree.elements.indices where !excluded[index] {
            let element = tree.elements[index]
            guard element.tag == .article || element.flags & PageElement.articleBody != 0 else { continue }
            guard element.textBytes - element.linkBytes >= 500 else { continue }
            if let previous = found {
                if contains(previous, index) { continue }
                return nil
            }
            found = index
        }
        return found
    }

    /// A line per block saying whether it was kept and why, with its element's ancestry: for
    /// understanding the reader's decisions on a page.
    mutating func explain() -> [String] {
        var lines: [String] = []
        for relaxation in 0..<3 {
            markExcluded(relaxation: relaxation)
            let kept = selectOnce()
            let keptBytes = kept.reduce(0) { $0 + tree.blocks[$1].length }
            lines.append("relaxation \(relaxation): \(kept.count) blocks, \(keptBytes) bytes")
            if keptBytes >= 250 { break }
        }
        let containers = containers() ?? []
        lines.append("containers: " + containers.map { describe($0) }.joined(separator: ", "))
        for (index, verdict) in verdicts(in: containers).enumerated() {
            let block = tree.blocks[index]
            var chain: [String] = []
            var element = Int(block.element)
            while element >= 0 {
                chain.append(describe(element))
                element = Int(tree.elements[element].parent)
            }
            let text = String(tree.string(block).prefix(70))
            var reason = "\(verdict)"
            if case .droppedWith(let dropping) = verdict { reason = "dropped by " + describe(dropping) }
            lines.append("\(verdict == .kept ? "KEEP" : "DROP") [\(reason)] \(text)\n      \(chain.reversed().joined(separator: " > "))")
        }
        return lines
    }

    private func describe(_ index: Int) -> String {
        let element = tree.elements[index]
        var text = "\(element.tag)#\(index)"
        if element.hint.weight != 0 || element.hint.drop != .none { text += "(\(element.hint.weight),\(element.hint.drop))" }
        if excluded[index] { text += "!" }
        if element.isCandidate { text += String(format: "[%.0f]", Double(finalScore(index))) }
        return text
    }

    private mutating func scoreBlocks() {
        for block in tree.blocks {
            guard block.element >= 0, !excluded[Int(block.element)], block.length >= 25 else { continue }
            switch tree.elements[Int(block.element)].tag {
            case .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .th: continue
            default: break
            }
            let commas = Float(min(block.commas, 30))
            let score = 1 + commas + min(Float(block.length) / 100, 3)
            var container = Int(block.element)
            switch tree.elements[container].tag {
            case .p, .pre, .td, .th, .blockquote, .li, .dd, .dt, .figcaption, .caption:
                container = Int(tree.elements[container].parent)
            default:
                break
            }
            var level = 0
            while container >= 0, level < 5 {
                let tag = tree.elements[container].tag
                if tag == .body || tag == .html { break }
                if !tree.elements[container].isCandidate { initialise(container) }
                let divider: Float = level == 0 ? 1 : (level == 1 ? 2 : Float(level * 3))
                tree.elements[container].score += score / divider
                container = Int(tree.elements[container].parent)
                level += 1
            }
        }
    }

    private mutating func initialise(_ index: Int) {
        var element = tree.elements[index]
        var score: Float
        switch element.tag {
        case .div, .article, .main, .section: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        score += Float(element.hint.weight)
        if element.flags & PageElement.articleBody != 0 { score += 25 }
        element.score = score
        element.isCandidate = true
        tree.elements[index] = element
    }

    private func linkDensity(_ index: Int) -> Float {
        let element = tree.elements[index]
        guard element.textBytes > 0 else { return 0 }
        return Float(element.linkBytes) / Float(element.textBytes)
    }

    private func finalScore(_ index: Int) -> Float {
        tree.elements[index].score * (1 - linkDensity(index))
    }

    /// The container with the best score, moved up where its ancestors say so.
    private func bestContainer() -> Int? {
        var ranked: [(index: Int, score: Float)] = []
        for index in tree.elements.indices where tree.elements[index].isCandidate && !excluded[index] {
            ranked.append((index, finalScore(index)))
        }
        guard !ranked.isEmpty else { return nil }
        ranked.sort { $0.score > $1.score }
        var top = ranked[0].index
        let topScore = ranked[0].score

        // Several near-best containers under one ancestor: the article is split in parts.
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.score >= topScore * 0.75 }.map(\.index)
        if alternatives.count >= 3 {
            var ancestor = Int(tree.elements[top].parent)
            while ancestor >= 0, !isPageRoot(ancestor) {
                let inside = alternatives.filter { contains(ancestor, $0) }.count
                if inside >= 3 {
                    top = ancestor
                    break
                }
                ancestor = Int(tree.elements[ancestor].parent)
            }
        }

        // An ancestor that scores higher is the better container.
        var lastScore = finalScore(top)
        let threshold = lastScore / 3
        var parent = Int(tree.elements[top].parent)
        while parent >= 0, !isPageRoot(parent) {
            if !tree.elements[parent].isCandidate {
                parent = Int(tree.elements[parent].parent)
                continue
            }
            let parentScore = finalScore(parent)
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = Int(tree.elements[parent].parent)
        }

        // A container that is its parent's only content: take the parent.
        while true {
            let parent = Int(tree.elements[top].parent)
            guard parent >= 0, !isPageRoot(parent), !excluded[parent],
                tree.elements[parent].textBytes == tree.elements[top].textBytes
            else { break }
            top = parent
        }
        return top
    }

    private func isPageRoot(_ index: Int) -> Bool {
        let tag = tree.elements[index].tag
        return tag == .body || tag == .html
    }

    private func contains(_ ancestor: Int, _ index: Int) -> Bool {
        index >= ancestor && index < Int(tree.elements[ancestor].end)
    }

    /// The top container and the siblings that belong with it.
    private func withSiblings(of top: Int) -> [Int] {
        let parent = Int(tree.elements[top].parent)
        guard parent >= 0 else { return [top] }
        let topScore = finalScore(top)
        let threshold = max(10, topScore * 0.2)
        var chosen: [Int] = []
        var index = parent + 1
        let end = Int(tree.elements[parent].end)
        while index < end {
            let sibling = tree.elements[index]
            defer { index = Int(sibling.end) > index ? Int(sibling.end) : index + 1 }
            if index == top {
                chosen.append(index)
                continue
            }
            guard !excluded[index], sibling.textBytes > 0 else { continue }
            if sibling.isCandidate, finalScore(index) >= threshold {
                chosen.append(index)
                continue
            }
            if sibling.tag == .p {
                let density = linkDensity(index)
                if sibling.textBytes > 80, density < 0.25 {
                    chosen.append(index)
                } else if sibling.textBytes <= 80, density == 0, endsSentence(index) {
                    chosen.append(index)
                }
            }
        }
        return chosen
    }

    private func endsSentence(_ element: Int) -> Bool {
        for block in tree.blocks where block.element == element {
            if let last = tree.text[Int(block.start)..<Int(block.end)].last, last == UInt8(ascii: ".") { return true }
        }
        return false
    }

    // MARK: Cleaning

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
        var skipUntilElementEnd = -1
        for block in tree.blocks {
            verdicts.append(verdict(block, containers: containers, skipUntilElementEnd: &skipUntilElementEnd))
        }
        dropOrphanHeadings(&verdicts)
        return verdicts
    }

    /// A heading with no text of its own after it (what followed was boilerplate) goes too.
    private func dropOrphanHeadings(_ verdicts: inout [Verdict]) {
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

    private func headingLevel(_ block: TextBlock) -> Int {
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

    private func verdict(_ block: TextBlock, containers: [Int], skipUntilElementEnd: inout Int) -> Verdict {
        let element = Int(block.element)
        guard element >= 0, let container = containers.first(where: { contains($0, element) }) else { return .outsideContainer }
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
    private func isInHeader(_ element: Int, within container: Int) -> Bool {
        var index = element
        while index > container {
            if tree.elements[index].tag == .header { return true }
            index = Int(tree.elements[index].parent)
        }
        return false
    }

    /// The outermost element between a block's element and the container that drops it
    /// (boilerplate, or a list of links), if any.
    private func droppingAncestor(_ element: Int, within container: Int) -> Int? {
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

    /// Without any scored container: every block not excluded.
    private func fallback() -> [Int] {
        tree.blocks.indices.filter { index in
            let element = Int(tree.blocks[index].element)
            return element >= 0 && !excluded[element]
        }
    }
}
