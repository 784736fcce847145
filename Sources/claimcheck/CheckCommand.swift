import ArgumentParser
import ClaimCheck
import ClaimCheckFetch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `claimcheck check DRAFT... --sources PATH...`: the claims of drafts, checked against the
/// reports they cite.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the claims of drafts against the sources they cite.",
        discussion: """
            Exit codes: 0 when no finding is at or above --fail-on, 1 when one is, 2 when a draft \
            cannot be read, the configuration is wrong or the command line is wrong. Sources that \
            cannot be read are reported and the rest are still used. Without --config, each draft \
            uses the first .claimcheck.yml found walking up from its folder; --fail-on and \
            --tolerance win over the file's settings.
            """
    )

    @Argument(help: "Drafts to check (HTML, Markdown or plain text).")
    var drafts: [String]

    @Option(name: .customLong("sources"), help: "A saved source page, or a folder of them (repeatable).")
    var sources: [String] = []

    @Option(help: "Output format: text, json, sarif, github, html (a self-contained page), csv (one row per claim).")
    var format: ReportFormat?

    @Flag(name: .customLong("csv-bom"), help: "With --format csv: start with a UTF-8 byte-order mark (for spreadsheet programs).")
    var csvByteOrderMark = false

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error (default), warning, info, none.")
    var failOn: FailOn?

    @Option(help: "Tolerance for 'around' figures, as a fraction of the value (default 0.1).")
    var tolerance: Double?

    @Option(help: "Configuration file to use instead of the .claimcheck.yml found from each draft.")
    var config: String?

    @Option(name: .customLong("max-size"), help: "Refuse files larger than this many bytes.")
    var maxSize: Int = DocumentReader.defaultMaxSize

    @OptionGroup var fetching: FetchFlags

    @Flag(help: "Fetch the cited links that --sources does not provide (http and https only).")
    var fetch = false

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github, html, csv
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, none

        var severity: Severity? {
            switch self {
            case .error: return .error
            case .warning: return .warning
            case .info: return .info
            case .none: return nil
            }
        }
    }

    func validate() throws {
        if let tolerance, !(tolerance >= 0 && tolerance < 1) { throw ValidationError("--tolerance must be between 0 and 1") }
        if csvByteOrderMark, format != .csv { throw ValidationError("--csv-bom needs --format csv") }
        try fetching.validate()
    }

    func run() throws {
        // A source named on the command line that is a FIFO, socket or device is a mistake in
        // the command, not a page that failed to read: refuse it before reading anything.
        if let special = sources.first(where: { RegularFile.kind(of: $0) == .other }) {
            Diagnostics.error(path: special, ReadError.notRegularFile)
            throw ExitCode(2)
        }
        var options = CheckOptions(maxSize: maxSize)
        if fetch { options.citedPages = FetchRun(settings: fetching.settings) }
        let check = ConfiguredCheck(
            options: options, configFile: config, tolerance: tolerance,
            failOn: failOn.map { FailThreshold(severity: $0.severity) })
        let outcome: ConfiguredCheck.Outcome
        do {
            outcome = try check.run(drafts: drafts, sources: sources)
        } catch {
            Diagnostics.error(path: error.location, error.problem)
            throw ExitCode(2)
        }
        let report = outcome.report
        for notice in report.notices { Diagnostics.warning(path: "\(notice.path):\(notice.line)", notice.message) }
        for failure in report.failures { Diagnostics.error(path: failure.path, failure.error) }
        for source in report.sources { if let error = source.error { Diagnostics.warning(path: source.path, error) } }
        let terminal = isatty(1) == 1
        switch format ?? (terminal ? .text : .json) {
        case .json: Output.write(report.json())
        case .text: Output.write(report.text(colour: terminal && getenv("NO_COLOR") == nil))
        case .sarif: Output.write(report.sarif())
        case .github: Output.write(report.githubAnnotations())
        case .html: Output.write(report.html())
        case .csv: Output.write(report.csv(byteOrderMark: csvByteOrderMark))
        }
        if !report.failures.isEmpty { throw ExitCode(2) }
        if outcome.fails { throw ExitCode(1) }
    }
}
