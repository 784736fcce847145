import ClaimCheckText

/// Links whose anchor text runs over a sentence boundary: "[1,200 stations in 2022. It opened
/// 300 more in 2023](…)", "[said “we will open more.” The budget was 4 million](…)", "[counted
/// … In 2022 it](…)". The sentence splitter cuts such a text in two, so no sentence holds it
/// whole; each sentence the text covers is credited with the link, its anchor text clipped to
/// the part inside that sentence (so attributions and queries see words of their own sentence).
enum LinkSpans {
    /// Removes and returns the links of a paragraph's remaining links that the sentence holds:
    /// whole (the anchor text is in the sentence), or in part — the sentence ends with the
    /// anchor text's first sentences, lies inside it, or begins with its last sentences. A link
    /// is removed once its end is taken; sentences are given in order.
    static func take(from links: inout [Link], in sentence: String) -> [Link] {
        var taken: [Link] = []
        links.removeAll { link in
            if sentence.contains(link.text) {
                taken.append(link)
                return true
            }
            guard let (part, ends) = covered(by: link.text, in: sentence) else { return false }
            taken.append(Link(href: link.href, text: part, line: link.line))
            return ends
        }
        return taken
    }

    /// The part of `sentence` an anchor text that runs over sentence boundaries covers, and
    /// whether the anchor text ends in this sentence; nil when it covers none of it.
    ///
    /// Cut points are the anchor text's sentence ends: a stop (`.`, `!`, `?`, `…`), closing
    /// quotes or brackets after it, then a space. Linear in the anchor text per cut point.
    static func covered(by anchor: String, in sentence: String) -> (part: String, ends: Bool)? {
        let cuts = cutPoints(anchor)
        guard !cuts.isEmpty, !sentence.isEmpty else { return nil }
        // The sentence lies inside the anchor text, between two cut points.
        if anchor.contains(sentence), let atEnd = whole(sentence, in: anchor, cuts: cuts) { return (sentence, atEnd) }
        // The anchor text begins in this sentence: the sentence ends with its first sentences.
        for cut in cuts.reversed() {
            let head = String(anchor[..<cut]).trimmingCharacters(in: .whitespaces)
            if !head.isEmpty, sentence.hasSuffix(head) { return (head, false) }
        }
        // It ends here: the sentence begins with its last sentences.
        for cut in cuts {
            let tail = String(anchor[cut...]).trimmingCharacters(in: .whitespaces)
            if !tail.isEmpty, sentence.hasPrefix(tail) { return (tail, true) }
        }
        return nil
    }

    /// Where the anchor text could be cut into sentences: after a stop, closing quotes and
    /// brackets, and the spaces that follow.
    static func cutPoints(_ text: String) -> [String.Index] {
        var cuts: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard ".!?…".contains(text[index]) else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex, "”»\"')]’.".contains(text[end]) { end = text.index(after: end) }
            guard end < text.endIndex, text[end].isWhitespace else {
                index = end
                continue
            }
            while end < text.endIndex, text[end].isWhitespace { end = text.index(after: end) }
            if end < text.endIndex { cuts.append(end) }
            index = end
        }
        return cuts
    }

    /// Whether `sentence` occurs in `anchor` starting at a cut point and ending just before one
    /// (false) or at the anchor's end (true); nil when it does not.
    static func whole(_ sentence: String, in anchor: String, cuts: [String.Index]) -> Bool? {
        for start in [anchor.startIndex] + cuts where anchor[start...].hasPrefix(sentence) {
            let end = anchor.index(start, offsetBy: sentence.count)
            if anchor[end...].allSatisfy(\.isWhitespace) { return true }
            if cuts.contains(where: { $0 >= end && anchor[end..<$0].allSatisfy(\.isWhitespace) }) { return false }
        }
        return nil
    }
}
