import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck-eval reports DIR`: how long each report format takes to render, and how big it
/// is, over the real news pages of `realnews` (each checked as a draft with no sources; the
/// check itself is not timed).
struct ReportsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports",
        abstract: "Render time and size of each report format (text, json, sarif, html, csv) over the real news dev pages."
    )

    @Argument(help: "The extraction folder (../shared/eval/extraction).")
    var folder: String = "../shared/eval/extraction"

    func run() throws {
        let pages = try RealNewsPages.load(from: folder)
        guard !pages.isEmpty else { throw ValidationError("\(folder): no dev pages in English or French") }
        let checker = ClaimChecker()
        let reports = pages.map { checker.check(drafts: [$0.path], sources: []) }.filter { $0.failures.isEmpty }
        let claims = reports.reduce(0) { $0 + $1.documents.reduce(0) { $0 + $1.claims.count } }
        print("claimcheck-eval reports \(folder): \(reports.count) pages checked as drafts, \(claims) claims")
        print("  format   total ms   ms/page   median KB   max KB")
        let formats: [(String, (CheckReport) -> String)] = [
            ("text", { $0.text() }), ("json", { $0.json() }), ("sarif", { $0.sarif() }), ("html", { $0.html() }), ("csv", { $0.csv() }),
        ]
        for (name, render) in formats {
            var sizes: [Int] = []
            let start = ContinuousClock.now
            for report in reports { sizes.append(render(report).utf8.count) }
            let seconds = (ContinuousClock.now - start).inSeconds
            sizes.sort()
            print(
                String(
                    format: "  %-6@ %10.0f %9.2f %11.1f %8.1f", name as NSString, seconds * 1000, seconds * 1000 / Double(reports.count),
                    Double(sizes[sizes.count / 2]) / 1000, Double(sizes.last ?? 0) / 1000))
        }
    }
}
