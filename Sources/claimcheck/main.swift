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
    // `batch` takes an optional positional input, which argument-parser would fill with
    // "merge" before looking for the subcommand: route `batch merge` here.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.starts(with: ["batch", "merge"]) {
        do {
            let command = try BatchMergeCommand.parse(Array(arguments.dropFirst(2)))
            try command.run()
        } catch {
            if BatchMergeCommand.exitCode(for: error) == .validationFailure {
                FileDescriptorOutput.write(BatchMergeCommand.fullMessage(for: error) + "\n", to: 2)
                exit(2)
            }
            BatchMergeCommand.exit(withError: error)
        }
    } else {
        var command = try ClaimCheckCommand.parseAsRoot()
        try command.run()
    }
} catch {
    if ClaimCheckCommand.exitCode(for: error) == .validationFailure {
        FileDescriptorOutput.write(ClaimCheckCommand.fullMessage(for: error) + "\n", to: 2)
        exit(2)
    }
    ClaimCheckCommand.exit(withError: error)
}
