import ArgumentParser
import ClaimCheck

/// `claimcheck`: the command-line tool. Each subcommand lives in its own file.
struct ClaimCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "Verify the factual claims of news articles against the reports they cite.",
        version: ClaimCheck.version,
        subcommands: [ExtractCommand.self, FiguresCommand.self]
    )
}

ClaimCheckCommand.main()
