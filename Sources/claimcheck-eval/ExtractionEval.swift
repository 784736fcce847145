import ArgumentParser
import ClaimCheck

/// `claimcheck-eval extraction DIR`: scores the reader on the extraction sets. (Skeleton.)
struct ExtractionEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score the article reader on ../shared/eval/extraction and time it against libxml2."
    )
}
