import ArgumentParser
import ClaimCheck

/// `claimcheck figures`: the figures in a text. (Skeleton.)
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Print the figures (numbers, hedges, ranges, dates) in a text."
    )
}
