import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck-eval realnews DIR`: what the checks say on published news pages nobody here
/// wrote — each dev page of fundus, scrapinghub and trafilatura (English and French) checked as
/// a draft with no sources. Edited news very rarely contradicts itself or leaves a consequential
/// figure unsourced, so most findings here are false alarms: the rates per 100 articles are the
/// first figure to watch. Each section after the rates measures one rule against data of our
/// own (judged figures, planted restatements), keyed by page id and sentence hash.
struct RealNewsEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "realnews",
        abstract: "Findings per 100 real news articles (../shared/eval/extraction dev pages), and rule-by-rule scores."
    )

    @Argument(help: "The extraction folder (../shared/eval/extraction).")
    var folder: String = "../shared/eval/extraction"

    @Option(help: "Print every finding of this rule (e.g. conflicting-figures) with page and sentence, for judging.")
    var show: String?

    /// The sections printed after the rates, in order; each measures one rule on real pages.
    static var sections: [any RealNewsSection.Type] { [RealNewsConflicts.self, RealNewsScaling.self, RealNewsSourcing.self] }

    func run() throws {
        let pages = try RealNewsPages.load(from: folder)
        guard !pages.isEmpty else { throw ValidationError("\(folder): no dev pages in English or French") }
        print("claimcheck-eval realnews \(folder)")
        let checked = RealNewsRun.check(pages)
        for line in RealNewsRates.lines(checked) { print(line) }
        if let show, let rule = Rule(rawValue: show) {
            for line in RealNewsRates.listing(of: rule, in: checked) { print(line) }
        }
        for section in Self.sections {
            print("")
            for line in try section.lines(pages: pages, checked: checked, folder: folder) { print(line) }
        }
    }
}

/// One measured part of `claimcheck-eval realnews` (a rule against judged or planted data).
protocol RealNewsSection {
    /// The lines to print, given the pages and their check results as drafts.
    static func lines(pages: [RealNewsPage], checked: [RealNewsRun.Result], folder: String) throws -> [String]
}

/// The pages checked as drafts, with no sources.
enum RealNewsRun {
    /// One page's check.
    struct Result: Sendable {
        var page: RealNewsPage
        /// The document result; nil when the page could not be read.
        var document: CheckReport.DocumentResult?
    }

    /// Checks every page with the default options.
    static func check(_ pages: [RealNewsPage], options: CheckOptions = CheckOptions()) -> [Result] {
        let checker = ClaimChecker(options: options)
        return pages.map { page in
            Result(page: page, document: checker.check(drafts: [page.path], sources: []).documents.first)
        }
    }
}

/// Findings per 100 articles, by set, rule and severity.
enum RealNewsRates {
    static func lines(_ results: [RealNewsRun.Result]) -> [String] {
        var lines: [String] = []
        let groups = Dictionary(grouping: results) { "\($0.page.set) \($0.page.language)" }
        for key in groups.keys.sorted() {
            let group = groups[key]!
            let read = group.compactMap(\.document)
            var counts: [String: Int] = [:]
            for finding in read.flatMap(\.findings) where finding.suppression == nil {
                counts["\(finding.rule.rawValue) \(finding.severity)", default: 0] += 1
            }
            let claims = read.reduce(0) { $0 + $1.claims.count }
            lines.append("\(key): \(read.count) pages (\(group.count - read.count) unreadable), \(claims) claims")
            for name in counts.keys.sorted() {
                let per100 = Double(counts[name]!) * 100 / Double(max(read.count, 1))
                lines.append("  \(name): \(counts[name]!) = \(String(format: "%.1f", per100)) per 100 articles")
            }
        }
        return lines
    }

    /// Every finding of a rule, one line each, for a person to judge.
    static func listing(of rule: Rule, in results: [RealNewsRun.Result]) -> [String] {
        results.flatMap { result in
            (result.document?.findings ?? []).filter { $0.rule == rule }.flatMap { finding in
                let claims = result.document?.claims ?? []
                let first = claims.first { $0.id == finding.claim }
                let second = finding.related.first.flatMap { related in claims.first { $0.id == related.claim } }
                let why = RealNewsConflicts.explain ? [first, second].compactMap { $0 }.map { "    \($0.id): \($0.text)" }
                    + (first.flatMap { a in second.map { QuantityExplanation.lines(a, $0) } } ?? []) : []
                return ["\(result.page.set)/\(result.page.id):\(finding.line): \(finding.severity): \(finding.message) | \(finding.text)"] + why
            }
        }
    }
}
