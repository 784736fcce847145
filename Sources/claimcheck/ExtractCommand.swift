import ArgumentParser
import ClaimCheck

/// `claimcheck extract`: what the reader sees in a page. (Skeleton.)
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the metadata and main text of pages, as the reader sees them."
    )
}
