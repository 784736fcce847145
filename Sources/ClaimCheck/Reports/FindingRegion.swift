import Foundation

/// Where a finding sits in its draft, as CI tools underline it: a line and a column range
/// (1-based, in Unicode code points, end exclusive).
///
/// With the draft's lines at hand, the finding's span (the figure, the attribution) is looked
/// for from the sentence's start, a few lines on at most; if it is not found verbatim (markup
/// or an entity inside it), the region runs from the sentence's start to the end of its first
/// line. Without the lines, the span is placed by its offset in the sentence.
struct FindingRegion: Equatable {
    var line: Int
    var startColumn: Int
    var endColumn: Int
    /// The region's text: the span, or the sentence.
    var snippet: String

    /// How many lines past the sentence's first line its span is looked for.
    private static let lineWindow = 10

    init(line: Int, startColumn: Int, endColumn: Int, snippet: String) {
        self.line = line
        self.startColumn = startColumn
        self.endColumn = endColumn
        self.snippet = snippet
    }

    /// The region of `finding` in a draft whose lines are `lines` (nil when unknown).
    init(_ finding: Finding, lines: [[Unicode.Scalar]]?) {
        let sentence = Array(finding.text.unicodeScalars)
        if let span = finding.span, !span.isEmpty, let offset = Self.index(of: Array(span.unicodeScalars), in: sentence[...]) {
            let spanScalars = Array(span.unicodeScalars)
            guard let lines else {
                let start = finding.column + offset
                self.init(line: finding.line, startColumn: start, endColumn: start + spanScalars.count, snippet: span)
                return
            }
            if let found = Self.locate(spanScalars, from: finding, within: sentence.count * 3 + 200, in: lines) {
                self.init(line: found.line, startColumn: found.columns.lowerBound, endColumn: found.columns.upperBound, snippet: span)
                return
            }
        }
        var end = finding.column + sentence.count
        if let lines, finding.line >= 1, finding.line <= lines.count {
            var line = lines[finding.line - 1][...]
            while let last = line.last, last.properties.isWhitespace { line = line.dropLast() }
            end = line.count + 1
        }
        self.init(line: finding.line, startColumn: finding.column, endColumn: max(end, finding.column + 1), snippet: finding.text)
    }

    /// The first place of `probe` at or after the finding's line and column, no further than
    /// `limit` code points on; whitespace in the probe matches any run of whitespace (a
    /// no-break space, a tab) in the line.
    private static func locate(
        _ probe: [Unicode.Scalar], from finding: Finding, within limit: Int, in lines: [[Unicode.Scalar]]
    ) -> (line: Int, columns: Range<Int>)? {
        var scanned = 0
        var lineIndex = finding.line - 1
        var from = max(0, finding.column - 1)
        while lineIndex >= 0, lineIndex < lines.count, lineIndex < finding.line + lineWindow, scanned <= limit {
            let line = lines[lineIndex]
            var start = from
            while start < line.count, start - from + scanned <= limit {
                if let end = match(probe, in: line, at: start) { return (lineIndex + 1, (start + 1)..<(end + 1)) }
                start += 1
            }
            scanned += max(0, line.count - from) + 1
            lineIndex += 1
            from = 0
        }
        return nil
    }

    /// Where a match of `probe` starting at `start` in `line` ends (exclusive), if it matches.
    private static func match(_ probe: [Unicode.Scalar], in line: [Unicode.Scalar], at start: Int) -> Int? {
        var i = 0
        var j = start
        while i < probe.count {
            guard j < line.count else { return nil }
            if probe[i].properties.isWhitespace {
                guard line[j].properties.isWhitespace else { return nil }
                while i < probe.count, probe[i].properties.isWhitespace { i += 1 }
                while j < line.count, line[j].properties.isWhitespace { j += 1 }
            } else {
                guard probe[i] == line[j] else { return nil }
                i += 1
                j += 1
            }
        }
        return j
    }

    /// The index (in the base collection) where `probe` first occurs in `text`.
    private static func index(of probe: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !probe.isEmpty, text.count >= probe.count else { return nil }
        for index in text.startIndex...(text.endIndex - probe.count) where text[index] == probe[0] {
            if text[index..<(index + probe.count)].elementsEqual(probe) { return index }
        }
        return nil
    }
}

/// The decoded lines of a draft for placing findings: the text the check read, else the file
/// read again (a report built by hand); nil when neither is at hand.
enum DraftLines {
    static func load(_ document: CheckReport.DocumentResult) -> [[Unicode.Scalar]]? {
        if let text = document.fileText { return split(text) }
        guard let bytes = try? RegularFile.read(path: document.path, maxSize: DocumentReader.defaultMaxSize) else { return nil }
        guard
            let decoded = try? EncodingDetector.decode(
                bytes, declaredCharset: document.document.encoding, isHTML: document.document.format == .html)
        else { return nil }
        return split(decoded.text)
    }

    /// Lines split at `\n`, `\r\n` and `\r` (the sentence locator uses the same lines).
    static func split(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append([]) }
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append([])
                previousWasCR = true
            } else {
                lines[lines.count - 1].append(scalar)
                previousWasCR = false
            }
        }
        return lines
    }
}
