import ClaimCheck
import ClaimCheckEvaluation
import Foundation

/// Scores pages of one set and formats the figures, per set and per language.
enum ExtractionReport {
    static func score(_ pages: [ExtractionPage], printPages: Bool) -> String {
        guard let set = pages.first?.set else { return "(no dev pages)" }
        var lines: [String] = []
        var textScores: [(page: ExtractionPage, precision: Double, recall: Double)] = []
        var snippetScores: [(page: ExtractionPage, found: Int, withCount: Int, absent: Int, withoutCount: Int)] = []
        var failures = 0
        var metadata = MetadataTally()
        for page in pages {
            let extracted: String
            do {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: page.htmlPath)))
                let document = try HTMLReader.read(bytes, path: page.htmlPath)
                extracted = document.paragraphs.map(\.text).joined(separator: "\n")
                if let expected = page.metadata { metadata.add(document.metadata, expected: expected) }
            } catch {
                failures += 1
                extracted = ""
                if printPages { lines.append("  \(page.id): error: \(error)") }
            }
            switch page.gold {
            case .text(let gold):
                let score = ExtractionScoring.precisionRecall(extracted: extracted, gold: gold)
                textScores.append((page, score.precision, score.recall))
                if printPages {
                    lines.append(String(format: "  %@ [%@%@] P %.3f R %.3f", page.id, page.language, page.synthetic ? ", synthetic" : "", score.precision, score.recall))
                }
            case .snippets(let with, let without):
                let score = ExtractionScoring.snippets(extracted: extracted, with: with, without: without)
                snippetScores.append((page, score.withFound, with.count, score.withoutAbsent, without.count))
                if printPages {
                    lines.append("  \(page.id) [\(page.language)] with \(score.withFound)/\(with.count) without-absent \(score.withoutAbsent)/\(without.count)")
                }
            }
        }
        var header: [String] = []
        if !textScores.isEmpty {
            let real = textScores.filter { !$0.page.synthetic }
            let synthetic = textScores.filter { $0.page.synthetic }
            header.append(String(format: "%@: %d pages%@  bench-F1 %@", set, real.count, synthetic.isEmpty ? "" : " (real)", describe(real)))
            for (label, group) in languageGroups(real) {
                header.append(String(format: "  %@ %3d pages  bench-F1 %@", label, group.count, describe(group)))
            }
            if !synthetic.isEmpty {
                header.append(String(format: "  synthetic feature tests %d pages  bench-F1 %@", synthetic.count, describe(synthetic)))
            }
        }
        if !snippetScores.isEmpty {
            header.append("\(set): \(snippetScores.count) pages  snippet score \(describeSnippets(snippetScores))")
            for (label, group) in languageGroups(snippetScores.map { ($0.page, $0) }) {
                header.append("  \(label) \(String(format: "%3d", group.count)) pages  snippet score \(describeSnippets(group.map(\.1)))")
            }
        }
        if metadata.pages > 0 { header.append("  metadata: \(metadata)") }
        if failures > 0 { header.append("  pages the reader refused: \(failures)") }
        return (header + lines).joined(separator: "\n")
    }

    private static func describe(_ scores: [(page: ExtractionPage, precision: Double, recall: Double)]) -> String {
        let result = ExtractionScoring.benchF1(scores.map { ($0.precision, $0.recall) })
        return String(format: "%.3f  (P %.3f  R %.3f)", result.f1, result.precision, result.recall)
    }

    private static func describeSnippets(_ scores: [(page: ExtractionPage, found: Int, withCount: Int, absent: Int, withoutCount: Int)]) -> String {
        let found = scores.map(\.found).reduce(0, +), withCount = scores.map(\.withCount).reduce(0, +)
        let absent = scores.map(\.absent).reduce(0, +), withoutCount = scores.map(\.withoutCount).reduce(0, +)
        let share = Double(found + absent) / Double(max(withCount + withoutCount, 1))
        return String(format: "%.3f  (with found %d/%d, without absent %d/%d)", share, found, withCount, absent, withoutCount)
    }

    /// Groups by language: `en`, `fr`, then everything else together.
    private static func languageGroups(_ items: [(page: ExtractionPage, precision: Double, recall: Double)]) -> [(String, [(page: ExtractionPage, precision: Double, recall: Double)])] {
        group(items, language: { $0.page.language })
    }

    private static func languageGroups<T>(_ items: [(ExtractionPage, T)]) -> [(String, [(ExtractionPage, T)])] {
        group(items, language: { $0.0.language })
    }

    private static func group<T>(_ items: [T], language: (T) -> String) -> [(String, [T])] {
        let english = items.filter { language($0).hasPrefix("en") }
        let french = items.filter { language($0).hasPrefix("fr") }
        let other = items.filter { !language($0).hasPrefix("en") && !language($0).hasPrefix("fr") }
        return [("en   ", english), ("fr   ", french), ("other", other)].filter { !$0.1.isEmpty }
    }
}

/// How often the reader's metadata matches a set's: title (case and spaces aside), the set of
/// authors (case aside), and the publication day.
struct MetadataTally: CustomStringConvertible {
    var pages = 0
    var titles = 0
    var authors = 0
    var dates = 0

    mutating func add(_ found: Metadata, expected: ExpectedMetadata) {
        pages += 1
        func normal(_ text: String?) -> String { (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
        if normal(found.title) == normal(expected.title) { titles += 1 }
        if Set(found.authors.map { normal($0) }) == Set(expected.authors.map { normal($0) }) { authors += 1 }
        if let published = found.published, let day = expected.published?.prefix(10), published.hasPrefix(day) { dates += 1 }
    }

    var description: String {
        "title \(titles)/\(pages), authors \(authors)/\(pages), publication day \(dates)/\(pages)"
    }
}
