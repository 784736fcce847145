import ArgumentParser
import ClaimCheck
import ClaimCheckEvaluation
import Foundation

/// `claimcheck-eval extraction DIR`: scores the reader on the extraction sets and times it
/// against libxml2's bare parse.
struct ExtractionEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score the article reader on ../shared/eval/extraction and time it against libxml2."
    )

    @Argument(help: "The extraction folder of the evaluation data.")
    var directory: String = "../shared/eval/extraction"

    @Option(name: .long, help: "Only these sets (scrapinghub, readability, fundus, trafilatura).")
    var set: [String] = []

    @Flag(name: .long, help: "Print each page's score.")
    var pages = false

    @Option(name: .long, help: "Print the text the reader extracts from the page with this id, and stop.")
    var show: String?

    @Flag(name: .long, help: "With --show: explain each block's verdict instead.")
    var explain = false

    @Flag(name: .long, help: "Skip the speed measurement.")
    var noSpeed = false

    @Option(name: .long, help: "Timing rounds (the best round is reported).")
    var rounds: Int = 5

    func run() throws {
        let sets = set.isEmpty ? ExtractionSets.names : set
        if let show {
            for name in sets {
                for page in try ExtractionSets.load(name, from: directory) where page.id == show {
                    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: page.htmlPath)))
                    if explain {
                        try HTMLReader.explain(bytes).forEach { print($0) }
                        continue
                    }
                    let document = try HTMLReader.read(bytes, path: page.htmlPath)
                    print(document.metadata)
                    for paragraph in document.paragraphs {
                        print("[\(paragraph.line):\(paragraph.offset) \(paragraph.kind.rawValue)] \(paragraph.text)")
                    }
                }
            }
            return
        }
        print("claimcheck-eval extraction \(directory) (dev halves)")
        var compared = 0
        var differing: [String] = []
        for name in sets {
            let loaded = try ExtractionSets.load(name, from: directory)
            let report = ExtractionReport.score(loaded, printPages: pages)
            print(report)
            let agreement = ExtractionSpeed.agreement(loaded.map(\.htmlPath))
            compared += agreement.pages
            differing += agreement.differing
        }
        print("tree builders: SAX and DOM walk give the same document (text, positions, links, metadata) on \(compared - differing.count)/\(compared) pages")
        for path in differing.prefix(10) { print("  differs: \(path)") }
        if !noSpeed, sets.contains("scrapinghub") {
            let loaded = try ExtractionSets.load("scrapinghub", from: directory)
            print(ExtractionSpeed.measure(loaded.map(\.htmlPath), rounds: rounds))
        }
    }
}
