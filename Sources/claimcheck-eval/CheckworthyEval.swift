import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck-eval checkworthy DIR`: how well claim finding agrees with people's judgement of
/// which sentences are worth checking (ClaimBuster, CLEF-2019 CheckThat! task 1).
///
/// A sentence counts as found when `ClaimFinder` makes a claim of it (it carries a figure, a
/// date, a direct quote or an attribution, and is not a question). Precision, recall and F1 of
/// the positive class, as the sets' README says. These sets are U.S. debate transcripts, not
/// news copy: many check-worthy sentences there state facts without figures or sources ("He
/// voted for the war"), which claimcheck, built to check sourced figures, does not aim at.
struct CheckworthyEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkworthy",
        abstract: "Score claim finding on ../shared/eval/checkworthy (ClaimBuster, CLEF-2019)."
    )

    @Argument(help: "The checkworthy folder (../shared/eval/checkworthy).")
    var folder: String = "../shared/eval/checkworthy"

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let finder = ClaimFinder()
        var lines: [String] = []

        let claimbuster = root.appendingPathComponent("claimbuster/dev.jsonl")
        if let text = try? String(contentsOf: claimbuster, encoding: .utf8) {
            var tally = Tally(), model = Tally()
            let start = ContinuousClock.now
            for line in text.split(whereSeparator: \.isNewline) {
                guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let sentence = row["text"] as? String, let gold = row["checkworthy"] as? Bool
                else { continue }
                tally.add(predicted: Self.isClaim(sentence, finder: finder), gold: gold)
                model.add(predicted: CheckworthinessModel.builtIn.isCheckworthy(CheckworthinessFeatures.of(sentence)), gold: gold)
            }
            lines.append("claimbuster, is a check-worthy claim (the check-worthiness model, each claim's `checkworthiness` in the JSON report): \(model.summary) (on the dev half the model was trained on this is a training score; `train-checkworthy` prints its 5-fold cross-validated one)")
            lines.append("claimbuster, claim finder (any figure, date, quote or attribution): \(tally.summary) (\(Self.rate(tally.count, since: start)))")
        }

        let clef = root.appendingPathComponent("clef2019")
        if let data = try? Data(contentsOf: clef.appendingPathComponent("index.json")),
            let index = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        {
            var tally = Tally()
            let start = ContinuousClock.now
            for entry in index where entry["split"] as? String == "dev" {
                guard let id = entry["id"] as? String,
                    let text = try? String(contentsOf: clef.appendingPathComponent(id), encoding: .utf8)
                else { continue }
                for line in text.split(whereSeparator: \.isNewline) {
                    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    guard fields.count >= 4 else { continue }
                    tally.add(predicted: Self.isClaim(String(fields[2]), finder: finder), gold: fields[3].trimmingCharacters(in: .whitespaces) == "1")
                }
            }
            lines.append("clef2019 (dev documents): \(tally.summary) (\(Self.rate(tally.count, since: start)))")
        }
        if lines.isEmpty { throw ValidationError("\(folder): no claimbuster/dev.jsonl or clef2019/index.json") }
        print("claimcheck-eval checkworthy \(folder)")
        lines.forEach { print($0) }
    }

    static func isClaim(_ sentence: String, finder: ClaimFinder) -> Bool {
        let document = PlainTextReader.read(sentence, path: "sentence.txt")
        guard var paragraph = document.paragraphs.first else { return false }
        paragraph.kind = .paragraph  // a lone sentence is not a headline
        var single = document
        single.paragraphs = [paragraph]
        return !finder.claims(in: single).isEmpty
    }

    static func rate(_ count: Int, since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let seconds = elapsed.inSeconds
        return String(format: "%.0f sentences/s", Double(count) / max(seconds, 1e-9))
    }

    struct Tally {
        var truePositive = 0
        var falsePositive = 0
        var falseNegative = 0
        var count = 0

        mutating func add(predicted: Bool, gold: Bool) {
            count += 1
            if predicted && gold { truePositive += 1 }
            if predicted && !gold { falsePositive += 1 }
            if !predicted && gold { falseNegative += 1 }
        }

        var f1: Double {
            let precision = Double(truePositive) / Double(max(1, truePositive + falsePositive))
            let recall = Double(truePositive) / Double(max(1, truePositive + falseNegative))
            return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }

        var summary: String {
            let precision = Double(truePositive) / Double(max(1, truePositive + falsePositive))
            let recall = Double(truePositive) / Double(max(1, truePositive + falseNegative))
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            return String(format: "%d sentences, %d check-worthy: P %.3f R %.3f F1 %.3f", count, truePositive + falseNegative, precision, recall, f1)
        }
    }
}
