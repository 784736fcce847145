import ArgumentParser
import ClaimCheck
import ClaimCheckFetch

/// `claimcheck fetch DRAFT... --out DIR [--warc FILE]`: saves the pages drafts cite, for
/// offline checks with `--sources DIR` or `--sources FILE.warc`.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch the pages drafts cite into a folder and/or a WARC file.",
        discussion: """
            Exit codes: 0 when every cited link was fetched, 1 when some could not be (each is \
            reported), 2 when the command line is wrong or the snapshot cannot be written.
            """
    )

    @Argument(help: "Drafts whose cited links to fetch.")
    var drafts: [String]

    @Option(help: "Folder to save the pages in (read back with --sources DIR).")
    var out: String?

    @Option(help: "WARC 1.1 file to write (read back with --sources FILE).")
    var warc: String?

    @OptionGroup var fetching: FetchFlags

    func validate() throws {
        if out == nil && warc == nil { throw ValidationError("give --out DIR, --warc FILE or both") }
        try fetching.validate()
    }

    func run() throws {
        let outcomes: [Snapshot.Outcome]
        do {
            outcomes = try Snapshot(settings: fetching.settings).save(drafts: drafts, folder: out, warc: warc)
        } catch {
            Diagnostics.error(path: error.path, error.problem)
            throw ExitCode(2)
        }
        var failed = false
        for outcome in outcomes {
            if let failure = outcome.failure {
                failed = true
                Diagnostics.warning(path: outcome.link, "could not be fetched: \(failure.reason)")
            } else {
                Output.write("fetched \(outcome.link)" + (outcome.file.map { " -> \($0)" } ?? "") + "\n")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
