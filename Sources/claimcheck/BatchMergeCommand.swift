import ArgumentParser
import ClaimCheck

/// `claimcheck batch merge OUT... --out DIR`: the shards' results in one folder, with the
/// summary one run over every article would have written.
struct BatchMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the results of a batch's shards into one summary.",
        discussion: """
            Each OUT is a folder a shard wrote (summary-K-of-N.json and the result files); one \\
            folder may hold several shards. Every shard 1/N … N/N must be there exactly once. \\
            The result files are copied into DIR and DIR/summary.json sums the shards: counts, \\
            claims and findings added up, failures and failing ids listed by id, seconds the \\
            longest shard's. Exit codes as for batch: 0, 1 when an article failed or is at or \\
            above --fail-on, 2 when the shards cannot be merged.
            """
    )

    @Argument(help: "The folders the shards wrote.")
    var folders: [String]

    @Option(help: "Folder for the merged results (created when missing).")
    var out: String

    func validate() throws {
        if folders.isEmpty { throw ValidationError("give the folders the shards wrote") }
    }

    func run() throws {
        let merged: BatchSummary
        do {
            merged = try BatchMerge.merge(folders: folders, into: out).summary
        } catch {
            Diagnostics.error(path: error.path, error.problem)
            throw ExitCode(2)
        }
        for failure in merged.failures { Diagnostics.error(path: failure.origin, failure.reason) }
        Output.write(merged.table())
        if merged.fails { throw ExitCode(1) }
    }
}
