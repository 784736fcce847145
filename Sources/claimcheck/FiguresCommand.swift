import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck figures`: the figures in a text.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Print the figures (numbers, hedges, ranges, dates) in a text.",
        discussion: "Offsets (start, end) count Unicode scalars from the start of the text, end exclusive."
    )

    @Argument(help: "The text to read (or use --file).")
    var text: String?

    @Option(name: .long, help: "Read the text from a UTF-8 file.")
    var file: String?

    // Plain strings, checked in `run()`, so that a bad value exits 2 like every input error.
    @Option(name: .long, help: "en, fr or auto (default: auto).")
    var language: String = "auto"

    @Option(name: .long, help: "text or json (default: text).")
    var format: String = "text"

    @Option(name: .long, help: "Tolerance of \"around N\", as a share of N.")
    var tolerance: Double = 0.1

    func run() throws {
        let input: String
        let languageChoice: FiguresLanguage
        let formatChoice: FiguresFormat
        do {
            guard let l = FiguresLanguage(rawValue: language) else {
                throw FiguresInput.Failure(description: "--language: '\(language)' is not en, fr or auto")
            }
            guard let f = FiguresFormat(rawValue: format) else {
                throw FiguresInput.Failure(description: "--format: '\(format)' is not text or json")
            }
            guard tolerance.isFinite, tolerance >= 0, tolerance < 1 else {
                throw FiguresInput.Failure(description: "--tolerance: \(tolerance) is not between 0 and 1")
            }
            languageChoice = l
            formatChoice = f
            input = try FiguresInput.read(text: text, file: file)
        } catch let error as FiguresInput.Failure {
            FileHandle.standardError.write(Data("claimcheck: error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        let lang = languageChoice.resolve(input)
        let extractor = FigureExtractor(language: lang, tolerance: tolerance)
        let (figures, dates) = extractor.analyze(input)
        switch formatChoice {
        case .json: print(FiguresOutput.json(figures: figures, dates: dates, language: lang))
        case .text: print(FiguresOutput.text(figures: figures, dates: dates), terminator: "")
        }
    }
}
