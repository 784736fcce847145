import ArgumentParser
import ClaimCheck
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `claimcheck batch MANIFEST|FOLDER --out DIR`: many articles checked at once, with
/// progress, one result file per article, a summary, and resumption.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Check many articles: a JSON Lines manifest, a folder of article folders, or a web archive.",
        discussion: """
            A manifest has one {"draft": "...", "sources": ["..."], "id": "..."} per line, paths \
            relative to the manifest's folder. A folder holds one sub-folder per article with its \
            draft (draft.html, draft.md, draft.txt, or the only such file) and a sources/ folder. \
            Each article's result is written atomically to DIR/<id>.json (and <id>.sarif with \
            --format sarif; <id>.html and an index.html listing every article with --format html); \
            articles whose result is up to date are skipped unless --force. \
            Exit codes: 0 when every article was checked and none has a finding at or above \
            --fail-on, 1 when an article failed or has such a finding, 2 when nothing could run \
            (unreadable manifest or folder, bad flag, bad --config). \
            With --warc FILE.warc[.gz] instead of MANIFEST|FOLDER, every HTML response record of \
            the archive is a draft (id: the record id, path: the target URI), checked against \
            --sources; other records are skipped and counted. --shard auto reads the shard \
            from the scheduler's environment (Kubernetes Indexed Jobs, Slurm arrays, AWS Batch \
            arrays, CLAIMCHECK_SHARD_INDEX/CLAIMCHECK_SHARD_COUNT); `claimcheck batch merge` \
            combines the shards' summaries. See docs/batch.md.
            """,
        subcommands: [BatchMergeCommand.self]
    )

    @Argument(help: "A JSON Lines manifest, or a folder of article folders (not with --warc).")
    var input: String?

    @Option(help: "A web archive (.warc or .warc.gz) whose HTML responses are the drafts.")
    var warc: String?

    @Option(name: .customLong("sources"), help: "With --warc: a saved source page, a folder of them, or a WARC (repeatable).")
    var sources: [String] = []

    @Option(help: "Folder for the results (created when missing).")
    var out: String

    @Option(help: "Articles checked at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Run only share K of N (1-based), e.g. 2/4: shards 1…N cover every article once; or auto: from the scheduler's environment.")
    var shard: String?

    @Option(help: "With --shard auto: the number of shards, when the scheduler does not say it (Kubernetes, AWS Batch).")
    var shards: Int?

    @Option(help: "Result format per article: json (default), sarif (adds <id>.sarif) or html (adds <id>.html and index.html).")
    var format: BatchSettings.Format = .json

    @Flag(help: "Check every article again, even those whose result is up to date.")
    var force = false

    @Option(help: "Configuration file for every article instead of the .claimcheck.yml found from each draft.")
    var config: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when an article has a finding at or above this severity: error, warning, info, none.")
    var failOn: FailThreshold?

    @Option(name: .customLong("max-size"), help: "Refuse files larger than this many bytes.")
    var maxSize: Int = DocumentReader.defaultMaxSize

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, shard != "auto", BatchShard(shard) == nil { throw ValidationError("--shard must be K/N with 1 <= K <= N, e.g. 2/4, or auto") }
        if let shards, shards < 1 { throw ValidationError("--shards must be at least 1") }
        if shards != nil, shard != "auto" { throw ValidationError("--shards goes with --shard auto") }
        if (input == nil) == (warc == nil) { throw ValidationError("give a manifest or folder, or --warc FILE, not both") }
        if !sources.isEmpty, warc == nil { throw ValidationError("--sources goes with --warc (a manifest or folder names each article's sources)") }
    }

    func run() throws {
        if let config {
            do { _ = try Config.load(path: config) } catch {
                Diagnostics.error(path: error.location, error.problem)
                throw ExitCode(2)
            }
        }
        let chosenShard: BatchShard?
        do {
            chosenShard = try shard == "auto" ? SchedulerShard.detect(environment: ProcessInfo.processInfo.environment, count: shards) : shard.flatMap(BatchShard.init)
        } catch {
            Diagnostics.error(path: error.path, error.problem)
            throw ExitCode(2)
        }
        var input: BatchInput?
        if let path = self.input {
            do {
                input = try BatchInput.read(path)
            } catch {
                Diagnostics.error(path: error.path, error.problem)
                throw ExitCode(2)
            }
        }
        let settings = BatchSettings(
            output: out, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, shard: chosenShard,
            format: format, force: force, configFile: config, failOn: failOn, options: CheckOptions(maxSize: maxSize))
        let display = ProgressDisplay(terminal: isatty(2) == 1)
        let summary: BatchSummary
        do {
            let run = BatchRun(settings: settings)
            if let input {
                summary = try run.run(input) { display.show($0) }
            } else {
                summary = try run.run(archive: warc ?? "", sources: sources) { display.show($0) }
            }
        } catch {
            display.end()
            Diagnostics.error(path: error.path, error.problem)
            throw ExitCode(2)
        }
        display.end()
        for failure in summary.failures { Diagnostics.error(path: failure.origin, failure.reason) }
        Output.write(summary.table())
        if summary.fails { throw ExitCode(1) }
    }
}

extension BatchSettings.Format: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {}

/// Shows progress on standard error: a bar redrawn with `\r` on a terminal (at most ten
/// times a second), else a plain line every 2 seconds or every 10 % of the articles.
final class ProgressDisplay: @unchecked Sendable {
    private let terminal: Bool
    // Only `show` and `end` touch these; `BatchRun` calls `show` serially, `end` after it.
    private var lastDrawn = -1.0
    private var lastTenth = 0
    private var drawn = false

    init(terminal: Bool) {
        self.terminal = terminal
    }

    func show(_ progress: BatchProgress) {
        let done = progress.finished == progress.total
        if terminal {
            guard done || progress.seconds - lastDrawn >= 0.1 else { return }
            FileDescriptorOutput.write("\r\u{1B}[K" + progress.bar(), to: 2)
            drawn = true
        } else {
            let tenth = progress.total == 0 ? 10 : progress.finished * 10 / progress.total
            guard done || progress.seconds - lastDrawn >= 2 || tenth > lastTenth else { return }
            lastTenth = tenth
            FileDescriptorOutput.write(progress.line() + "\n", to: 2)
        }
        lastDrawn = progress.seconds
    }

    func end() {
        if terminal && drawn { FileDescriptorOutput.write("\n", to: 2) }
        drawn = false
    }
}
