/// How the extraction sets in `../shared/eval/extraction` are scored, as their README
/// describes: the article-extraction-benchmark's shingle F1 and trafilatura's snippets.
public enum ExtractionScoring {
    /// `\w+` runs as Python's `re` reads them: letters, digits and `_`, case kept.
    public static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isWord = text[index].unicodeScalars.first.map(isWordScalar) ?? false
            if isWord {
                if start == nil { start = index }
            } else if let begun = start {
                tokens.append(text[begun..<index])
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { tokens.append(text[begun...]) }
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Shingles of four consecutive tokens, as a multiset.
    public static func shingles(_ text: String) -> [String: Int] {
        let words = tokens(text)
        var counts: [String: Int] = [:]
        guard words.count >= 4 else { return counts }
        for start in 0...(words.count - 4) {
            let shingle = words[start..<(start + 4)].joined(separator: " ")
            counts[shingle, default: 0] += 1
        }
        return counts
    }

    /// Per-page precision and recall of extracted shingles against the gold ones. An empty
    /// extraction scores 0 and 0 (conservative); an empty gold with an empty extraction 1 and 1.
    public static func precisionRecall(extracted: String, gold: String) -> (precision: Double, recall: Double) {
        let got = shingles(extracted)
        let expected = shingles(gold)
        let gotCount = got.values.reduce(0, +)
        let expectedCount = expected.values.reduce(0, +)
        if gotCount == 0 && expectedCount == 0 { return (1, 1) }
        if gotCount == 0 || expectedCount == 0 { return (0, 0) }
        var common = 0
        for (shingle, count) in got { common += min(count, expected[shingle] ?? 0) }
        return (Double(common) / Double(gotCount), Double(common) / Double(expectedCount))
    }

    /// F1 of mean precision and mean recall.
    public static func benchF1(_ scores: [(precision: Double, recall: Double)]) -> (precision: Double, recall: Double, f1: Double) {
        guard !scores.isEmpty else { return (0, 0, 0) }
        let precision = scores.map(\.precision).reduce(0, +) / Double(scores.count)
        let recall = scores.map(\.recall).reduce(0, +) / Double(scores.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }

    /// Whitespace collapsed to single spaces, for snippet matching.
    public static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The trafilatura set's snippets: how many `with` are found and `without` are absent.
    public static func snippets(extracted: String, with: [String], without: [String]) -> (withFound: Int, withoutAbsent: Int) {
        let text = collapsed(extracted)
        let found = with.filter { text.contains(collapsed($0)) }.count
        let absent = without.filter { !text.contains(collapsed($0)) }.count
        return (found, absent)
    }
}
