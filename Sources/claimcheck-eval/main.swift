import ArgumentParser
import ClaimCheck

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck-eval",
        abstract: "Measure claimcheck against the evaluation sets in ../shared/eval."
    )
}
EvalCommand.main()
