import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck-eval recognizers FILE`: scores the figure engine on Recognizers-Text specs and
/// times it.
struct RecognizersEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognizers",
        abstract: "Score the figure engine on ../shared/eval/recognizers/dev.jsonl and time it.",
        discussion: """
            A case passes when every expected result is found with the same text span (case \
            ignored) and the same value or interval, and nothing else is found. "deliberate" counts \
            cases that pass once a documented difference is allowed (docs/figures.md); "disputed" \
            cases (expected value judged wrong) are left out of the adjusted rate. "overlap": every \
            expected result is overlapped by one of ours with the same value, interval or rank \
            (the span may differ, e.g. a kept hedge). Build in release mode for the timing.
            """
    )

    @Argument(help: "A Recognizers-Text cases file (JSON lines).")
    var file: String = "../shared/eval/recognizers/dev.jsonl"

    @Flag(help: "Print every case that does not pass.")
    var verbose = false

    @Option(help: "Seconds to spend on the speed measurement (0 to skip).")
    var seconds: Double = 3

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("claimcheck-eval: error: \(file): cannot be read\n".utf8))
            throw ExitCode(2)
        }
        let cases = RecognizersCase.load(data)
        var tally: [String: RecognizersTally] = [:]
        var inputs: [(String, Language)] = []
        for c in cases {
            guard let family = c.family else { continue }
            let outcome = RecognizersScorer.score(c, family: family)
            tally["\(c.language) \(family)", default: RecognizersTally()].add(outcome)
            inputs.append((c.input, c.language == "French" ? .french : .english))
            if verbose && outcome.verdict != .pass {
                print("[\(outcome.verdict.rawValue)] \(c.id) \(c.input.debugDescription)")
                print("    expected: \(outcome.expected)")
                print("    got:      \(outcome.got)")
                if let why = outcome.reason { print("    why:      \(why)") }
            }
        }
        RecognizersReport.print(tally)
        RecognizersDifferences.print()
        if seconds > 0 { RecognizersBenchmark.run(inputs, seconds: seconds) }
    }
}
