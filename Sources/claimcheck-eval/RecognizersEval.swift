import ArgumentParser
import ClaimCheck

/// `claimcheck-eval recognizers FILE`: scores the figure engine on Recognizers-Text specs. (Skeleton.)
struct RecognizersEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognizers",
        abstract: "Score the figure engine on ../shared/eval/recognizers/dev.jsonl and time it."
    )
}
