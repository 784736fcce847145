import Foundation

/// Diagnostics: why each block was kept or dropped.
extension MainText {
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

    func describe(_ index: Int) -> String {
        let element = tree.elements[index]
        var text = "\(element.tag)#\(index)"
        if element.hint.weight != 0 || element.hint.drop != .none { text += "(\(element.hint.weight),\(element.hint.drop))" }
        if excluded[index] { text += "!" }
        if element.isCandidate { text += String(format: "[%.0f]", Double(finalScore(index))) }
        return text
    }
}
