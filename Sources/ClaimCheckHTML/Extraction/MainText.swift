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
    var tree: PageTree
    /// For each element, whether it or an ancestor is boilerplate or furniture.
    var excluded: [Bool]

    /// The page's own titles (`<title>`, `og:title`), lower-cased, to drop the headline.
    let titles: [String]

    init(_ tree: PageTree) {
        self.tree = tree
        excluded = []
        var titles: [String] = []
        if let title = tree.head.title { titles.append(title) }
        for (key, value) in tree.head.meta where key == "og:title" || key == "twitter:title" { titles.append(value) }
        self.titles = titles.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }.filter { $0.count >= 10 }
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
    mutating func markExcluded(relaxation: Int) {
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

    // MARK: Choosing

    mutating func selectOnce() -> [Int] {
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
        if let article = enclosingArticle(of: top) { return [article] }
        return withSiblings(of: top)
    }

    /// The `<article>` around a container, when the container holds most of its text: the
    /// rest of the article (a standfirst, a lead paragraph in another branch) belongs too.
    func enclosingArticle(of top: Int) -> Int? {
        var index = Int(tree.elements[top].parent)
        while index >= 0, !isPageRoot(index) {
            let element = tree.elements[index]
            if element.tag == .article || element.flags & PageElement.articleBody != 0 {
                let clean = keptBytes(index)
                return clean * 100 <= keptBytes(top) * 115 ? index : nil
            }
            index = Int(element.parent)
        }
        return nil
    }

    /// Bytes of text in an element's subtree outside excluded elements.
    func keptBytes(_ element: Int) -> Int {
        var bytes = 0
        let end = Int(tree.elements[element].end)
        for block in tree.blocks where Int(block.element) >= element && Int(block.element) < end && !excluded[Int(block.element)] {
            bytes += block.length - Int(block.linkBytes)
        }
        return bytes
    }

    /// Without any scored container: every block not excluded.
    func fallback() -> [Int] {
        tree.blocks.indices.filter { index in
            let element = Int(tree.blocks[index].element)
            return element >= 0 && !excluded[element]
        }
    }
}
