import Foundation
import Testing

@testable import ClaimCheckText

/// Reads ../shared/eval/recognizers/dev.jsonl when present (skips otherwise) and checks that
/// every input is read without a crash and with finite values. Scores are printed by
/// `claimcheck-eval recognizers`, not asserted here.
@Test func specInputsAreReadSafely() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let file = root.deletingLastPathComponent().appendingPathComponent("shared/eval/recognizers/dev.jsonl")
    guard let data = FileManager.default.contents(atPath: file.path) else { return }
    var count = 0
    for line in data.split(separator: UInt8(ascii: "\n")) {
        guard let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
            let input = obj["Input"] as? String
        else { continue }
        let lang: Language = (obj["language"] as? String) == "French" ? .french : .english
        let figures = FigureExtractor(language: lang).figures(in: input)
        #expect(figures.allSatisfy { f in [f.value, f.low, f.high].allSatisfy { $0?.isFinite ?? true } })
        count += 1
    }
    #expect(count > 0)
}
