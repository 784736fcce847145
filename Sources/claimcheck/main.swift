import ArgumentParser
import ClaimCheck

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `claimcheck`: the command-line tool. Each subcommand lives in its own file.
struct ClaimCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "Verify the factual claims of news articles against the reports they cite.",
        version: ClaimCheck.version,
        subcommands: [CheckCommand.self, ExtractCommand.self, FiguresCommand.self, BatchCommand.self, FetchCommand.self]
    )
}

// Usage errors exit with 2 (SPEC: "2 usage or input errors"), not argument-parser's 64.
do {
    var command = try ClaimCheckCommand.parseAsRoot()
    try command.run()
} catch {
    if ClaimCheckCommand.exitCode(for: error) == .validationFailure {
        FileDescriptorOutput.write(ClaimCheckCommand.fullMessage(for: error) + "\n", to: 2)
        exit(2)
    }
    ClaimCheckCommand.exit(withError: error)
}
