/// Places sentences on the draft's own lines and columns.
///
/// Paragraphs know the line they start on; a sentence later in a paragraph may sit on a
/// later line (a plain-text paragraph wrapped over lines, an HTML paragraph broken in the
/// source). The locator looks for the sentence's first words in the file's lines, from the
/// paragraph's line on and after the previous sentence, and falls back to the paragraph's
/// line and column 1 when the words are not found verbatim (markup or entities between them).
struct SentenceLocator {
    private let lines: [[Unicode.Scalar]]
    /// How far past the paragraph's first line a sentence is looked for.
    private static let searchWindow = 60

    init(fileText: String?) {
        lines = fileText.map(DraftLines.split) ?? []
    }

    /// A position in the file: 1-based line and column.
    struct Position {
        var line: Int
        var column: Int
    }

    /// Where a sentence starts, searching from `cursor` (the previous sentence's position).
    func locate(_ sentence: String, paragraphLine: Int, after cursor: Position?) -> Position {
        let fallback = Position(line: paragraphLine, column: 1)
        guard !lines.isEmpty else { return fallback }
        for probe in probes(for: sentence) {
            var lineIndex = max(paragraphLine, cursor?.line ?? paragraphLine) - 1
            var fromColumn = cursor.map { $0.line - 1 == lineIndex ? $0.column : 0 } ?? 0
            while lineIndex < lines.count, lineIndex < paragraphLine - 1 + Self.searchWindow {
                if let column = find(probe, in: lines[lineIndex], from: fromColumn) {
                    return Position(line: lineIndex + 1, column: column + 1)
                }
                lineIndex += 1
                fromColumn = 0
            }
        }
        return fallback
    }

    /// Probes, longest first: the first three words, then the first word if it is long enough.
    private func probes(for sentence: String) -> [[Unicode.Scalar]] {
        let words = sentence.split(whereSeparator: \.isWhitespace)
        var probes: [[Unicode.Scalar]] = []
        if words.count >= 3 { probes.append(Array(words.prefix(3).joined(separator: " ").unicodeScalars)) }
        if let first = words.first, first.count >= 3 { probes.append(Array(first.unicodeScalars)) }
        return probes
    }

    private func find(_ probe: [Unicode.Scalar], in line: [Unicode.Scalar], from start: Int) -> Int? {
        guard !probe.isEmpty, line.count >= probe.count, start <= line.count - probe.count else { return nil }
        for index in start...(line.count - probe.count) where line[index] == probe[0] {
            if line[index..<(index + probe.count)].elementsEqual(probe) { return index }
        }
        return nil
    }
}
