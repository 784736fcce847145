import ArgumentParser
import ClaimCheck

/// `claimcheck extract PAGE...`: what the reader sees in each page.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the metadata and main text of pages, as the reader sees them.",
        discussion: """
            Reads HTML pages (and Markdown or plain-text drafts) and prints their title, publisher, \
            authors, dates, URLs, language, main-text paragraphs with their lines and byte offsets, \
            and links. A page that cannot be read is reported on standard error (and, in JSON, in \
            its entry as "error"); the others are still read, and the exit code is 2.
            """
    )

    @Argument(help: "Pages to read.")
    var pages: [String]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .customLong("max-size"), help: "Refuse files larger than this many bytes.")
    var maxSize: Int = DocumentReader.defaultMaxSize

    @Option(help: "The pages' charset, when known from elsewhere (an HTTP header); wins over the page's own.")
    var charset: String?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let reader = DocumentReader(maxSize: maxSize, declaredCharset: charset)
        var outcomes: [ExtractReport.Outcome] = []
        var failed = false
        for path in pages {
            do {
                outcomes.append((path, .success(try reader.read(path: path))))
            } catch {
                failed = true
                Diagnostics.error(path: path, error)
                outcomes.append((path, .failure(error)))
            }
        }
        switch format {
        // Written in pieces: a large page is never held twice, as a document and as its output.
        case .json: ExtractReport.writeJSON(outcomes, asArray: pages.count > 1, to: Output.write)
        case .text: ExtractReport.writeText(outcomes, to: Output.write)
        }
        if failed { throw ExitCode(2) }
    }
}
