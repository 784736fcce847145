/// Scoring blocks and choosing the containers of the main text.
extension MainText {
    mutating func scoreBlocks() {
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

    mutating func initialise(_ index: Int) {
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

    func linkDensity(_ index: Int) -> Float {
        let element = tree.elements[index]
        guard element.textBytes > 0 else { return 0 }
        return Float(element.linkBytes) / Float(element.textBytes)
    }

    func finalScore(_ index: Int) -> Float {
        tree.elements[index].score * (1 - linkDensity(index))
    }

    /// The container with the best score, moved up where its ancestors say so.
    func bestContainer() -> Int? {
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

    func isPageRoot(_ index: Int) -> Bool {
        let tag = tree.elements[index].tag
        return tag == .body || tag == .html
    }

    func contains(_ ancestor: Int, _ index: Int) -> Bool {
        index >= ancestor && index < Int(tree.elements[ancestor].end)
    }

    /// The top container and the siblings that belong with it.
    func withSiblings(of top: Int) -> [Int] {
        let parent = Int(tree.elements[top].parent)
        guard parent >= 0 else { return [top] }
        let topScore = finalScore(top)
        let threshold = max(10, topScore * 0.2)
        var chosen: [Int] = []
        var endsSentence = Set<Int32>()
        for block in tree.blocks where tree.text[Int(block.end) - 1] == UInt8(ascii: ".") { endsSentence.insert(block.element) }
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
                } else if sibling.textBytes <= 80, density == 0, endsSentence.contains(Int32(index)) {
                    chosen.append(index)
                }
            }
        }
        return chosen
    }

    /// The page's one `<article>` (or `itemprop="articleBody"`) with text, when it has exactly
    /// one: a page that marks its article so plainly is believed over the scores.
    func soleArticle() -> Int? {
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
}
