import ClaimCheck
import Foundation

/// Sentences per second of `FigureExtractor.analyze` over the spec inputs, one core.
enum RecognizersBenchmark {
    static func run(_ inputs: [(String, Language)], seconds: Double) {
        guard !inputs.isEmpty else { return }
        let english = FigureExtractor(language: .english)
        let french = FigureExtractor(language: .french)
        var count = 0
        var sink = 0
        let start = Date()
        var elapsed = 0.0
        repeat {
            for (text, lang) in inputs {
                let r = (lang == .french ? french : english).analyze(text)
                sink &+= r.figures.count &+ r.dates.count
            }
            count += inputs.count
            elapsed = Date().timeIntervalSince(start)
        } while elapsed < seconds
        let rate = Double(count) / elapsed
        print(
            "speed: \(Int(rate)) sentences/s (\(count) spec inputs in \(String(format: "%.2f", elapsed)) s, one core; checksum \(sink))"
        )
    }
}
