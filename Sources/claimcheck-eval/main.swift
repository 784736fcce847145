import ArgumentParser
import ClaimCheck

/// `claimcheck-eval`: measures claimcheck against the evaluation sets in ../shared/eval.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck-eval",
        abstract: "Measure claimcheck against the evaluation sets in ../shared/eval.",
        subcommands: [ExtractionEval.self, RecognizersEval.self, MatchingBenchmark.self, ClaimsEval.self, CheckBenchmark.self, CheckworthyEval.self, BatchBenchmark.self, ArchiveBenchmark.self, RealNewsEval.self, ReportsBenchmark.self, NewsFiguresEval.self, ScalingBenchmark.self, RealNewsJudge.self, TrainCheckworthy.self, TrainVerdict.self]
    )
}

EvalCommand.main()
