import ArgumentParser
import ClaimCheck

struct ClaimCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "Verify the factual claims of news articles against the reports they cite.",
        version: ClaimCheck.version
    )
}
ClaimCheckCommand.main()
