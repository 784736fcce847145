import ClaimCheckEvaluation
import Foundation
import Testing

@testable import ClaimCheckHTML

/// The evaluation data, `../shared/eval/extraction` next to the repository, when present.
private let evaluationFolder: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/eval/extraction").path

/// Runs the extraction evaluation (as `claimcheck-eval extraction` does) on the dev halves;
/// skipped when `../shared/eval` is absent. Checks accuracy floors, never timings.
@Suite("Extraction evaluation", .enabled(if: FileManager.default.fileExists(atPath: evaluationFolder + "/scrapinghub/index.json")))
struct ExtractionEvaluationTests {
    private func extract(_ page: ExtractionPage) -> String {
        guard let bytes = try? [UInt8](Data(contentsOf: URL(fileURLWithPath: page.htmlPath))),
            let document = try? HTMLReader.read(bytes, path: page.htmlPath)
        else { return "" }
        return document.paragraphs.map(\.text).joined(separator: "\n")
    }

    @Test("scrapinghub bench-F1 stays above a regression floor")
    func scrapinghub() throws {
        let pages = try ExtractionSets.load("scrapinghub", from: evaluationFolder)
        #expect(pages.count > 0)
        var scores: [(precision: Double, recall: Double)] = []
        for page in pages {
            guard case .text(let gold) = page.gold else { continue }
            scores.append(ExtractionScoring.precisionRecall(extracted: extract(page), gold: gold))
        }
        let result = ExtractionScoring.benchF1(scores)
        #expect(result.f1 >= 0.93, "bench-F1 \(result.f1)")
    }

    @Test("trafilatura snippet score stays above a regression floor")
    func trafilatura() throws {
        let pages = try ExtractionSets.load("trafilatura", from: evaluationFolder)
        var right = 0
        var total = 0
        for page in pages {
            guard case .snippets(let with, let without) = page.gold else { continue }
            let score = ExtractionScoring.snippets(extracted: extract(page), with: with, without: without)
            right += score.withFound + score.withoutAbsent
            total += with.count + without.count
        }
        #expect(total > 0)
        #expect(Double(right) / Double(max(total, 1)) >= 0.85)
    }

    @Test("Scoring: shingles of four \\w+ tokens, multiset precision and recall")
    func scoring() {
        #expect(ExtractionScoring.tokens("L'eau, à 20 °C — très_bien!").map(String.init) == ["L", "eau", "à", "20", "C", "très_bien"])
        let perfect = ExtractionScoring.precisionRecall(extracted: "a b c d e", gold: "a b c d e")
        #expect(perfect.precision == 1 && perfect.recall == 1)
        let half = ExtractionScoring.precisionRecall(extracted: "a b c d e", gold: "a b c d")
        #expect(half.precision == 0.5 && half.recall == 1)
        #expect(ExtractionScoring.precisionRecall(extracted: "", gold: "a b c d").recall == 0)
    }
}
