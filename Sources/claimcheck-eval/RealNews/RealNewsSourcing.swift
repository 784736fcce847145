import ArgumentParser
import ClaimCheck
import Foundation

/// Our own judgments of the figure claims and vague attributions on real news pages, as a
/// seasoned fact-checker would give them, keyed by set, page id and a hash of the sentence (no
/// page text): `fixtures/realnews/judged-figures.json`.
struct SourcingJudgments: Decodable {
    /// One judged page.
    struct Page: Decodable {
        var set: String
        var id: String
        /// Sentence hash → `needs-source`, `sourced` or `not-checkworthy`, for every claim with
        /// a checkable figure or date.
        var figures: [String: String]
        /// Sentence hash → `vague` (only a vague source: flag it) or `fine`, for every sentence
        /// with a vague attribution cue.
        var vague: [String: String]
    }

    var pages: [Page]

    /// The file beside the sources of this repository (found from this source file's path, else
    /// the working directory).
    static func load() throws -> SourcingJudgments {
        let relative = "fixtures/realnews/judged-figures.json"
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [root.appendingPathComponent(relative), URL(fileURLWithPath: relative)]
        guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw ValidationError("\(relative): not found")
        }
        do {
            return try JSONDecoder().decode(SourcingJudgments.self, from: Data(contentsOf: url))
        } catch {
            throw ValidationError("\(url.path): not valid judgments (\(error))")
        }
    }
}

/// A short stable hash of a sentence (FNV-1a 64 over its words joined by single spaces), so
/// judgments name sentences without copying them.
enum SentenceHash {
    static func of(_ sentence: String) -> String {
        let normalised = sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalised.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(String(hash, radix: 16).suffix(12))
    }
}

/// `realnews` section: precision and recall of `unsourced-figure` and `vague-attribution`
/// against our judgments, and warnings per judged article.
enum RealNewsSourcing: RealNewsSection {
    static func lines(pages: [RealNewsPage], checked: [RealNewsRun.Result], folder: String) throws -> [String] {
        let judgments = try SourcingJudgments.load()
        var byPage: [String: RealNewsRun.Result] = [:]
        for result in checked { byPage["\(result.page.set)/\(result.page.id)"] = result }
        var figures = Score(), vague = Score(), either = Score()
        var warnings = 0, articles = 0, unjudged = 0
        var judgedCounts: [String: Int] = [:]
        var explained: [String] = []
        for page in judgments.pages {
            guard let result = byPage["\(page.set)/\(page.id)"], let document = result.document else { continue }
            articles += 1
            let live = document.findings.filter { $0.suppression == nil }
            warnings += live.filter { $0.severity == .warning }.count
            let unsourced = Set(live.filter { $0.rule == .unsourcedFigure }.map { SentenceHash.of($0.text) })
            let vagueFlagged = Set(live.filter { $0.rule == .vagueAttribution }.map { SentenceHash.of($0.text) })
            for (hash, label) in page.figures {
                judgedCounts[label, default: 0] += 1
                figures.add(predicted: unsourced.contains(hash), gold: label == "needs-source")
                either.add(predicted: unsourced.contains(hash) || vagueFlagged.contains(hash), gold: label == "needs-source")
            }
            for hash in unsourced where page.figures[hash] == nil {
                unjudged += 1
                figures.add(predicted: true, gold: false)
                either.add(predicted: true, gold: false)
            }
            if RealNewsConflicts.explain {
                explained += Self.explain(page, document: document, flagged: unsourced)
                explained += Self.explainVague(page, document: document, flagged: vagueFlagged)
            }
            for (hash, label) in page.vague { vague.add(predicted: vagueFlagged.contains(hash), gold: label == "vague") }
            for hash in vagueFlagged where page.vague[hash] == nil { vague.add(predicted: true, gold: false) }
        }
        let counts = judgedCounts.keys.sorted().map { "\($0) \(judgedCounts[$0]!)" }.joined(separator: ", ")
        return [
            "sourcing, against our judgments (fixtures/realnews/judged-figures.json): \(articles) pages; figure claims judged: \(counts)",
            "  unsourced-figure: \(figures.summary) (\(unjudged) findings on unjudged sentences counted as false)",
            "  a needs-source figure with either warning (unsourced-figure, or vague-attribution when its only source is vague): \(either.summary)",
            "  vague-attribution: \(vague.summary)",
            String(format: "  warnings per judged article: %.2f", Double(warnings) / Double(max(articles, 1))),
        ] + explained
    }

    /// The findings and misses of `unsourced-figure` on one judged page, with the sentence
    /// and its attributions (`CLAIMCHECK_EXPLAIN=1`): for reading them by kind.
    static func explain(_ page: SourcingJudgments.Page, document: CheckReport.DocumentResult, flagged: Set<String>) -> [String] {
        document.claims.compactMap { claim in
            let hash = SentenceHash.of(claim.text)
            let label = page.figures[hash] ?? "unjudged"
            let wasFlagged = flagged.contains(hash)
            guard wasFlagged || label == "needs-source" else { return nil }
            let attributions = claim.attributions.map { "\($0.kind.rawValue):\($0.text)\($0.inheritedScope.map { "@\($0.rawValue)" } ?? "")" }
            let worth = CheckworthinessModel.builtIn.probability(of: claim.text, language: claim.language)
            return "    \(!wasFlagged ? "MISS " : label == "needs-source" ? "RIGHT" : "FALSE") \(page.set)/\(page.id) p\(claim.paragraph) \(hash) [\(label)] "
                + String(format: "cw=%.2f ", worth) + "attr=\(attributions) \(claim.text)"
        }
    }

    /// The findings and misses of `vague-attribution` on one judged page (`CLAIMCHECK_EXPLAIN=1`).
    static func explainVague(_ page: SourcingJudgments.Page, document: CheckReport.DocumentResult, flagged: Set<String>) -> [String] {
        var lines: [String] = []
        var seen = Set<String>()
        for claim in document.claims {
            let hash = SentenceHash.of(claim.text)
            guard seen.insert(hash).inserted else { continue }
            let label = page.vague[hash] ?? "unjudged"
            let wasFlagged = flagged.contains(hash)
            guard wasFlagged || label == "vague" else { continue }
            let attributions = claim.attributions.map { "\($0.kind.rawValue):\($0.text)\($0.inheritedScope.map { "@\($0.rawValue)" } ?? "")" }
            lines.append("    V-\(!wasFlagged ? "MISS " : label == "vague" ? "RIGHT" : "FALSE") \(page.set)/\(page.id) p\(claim.paragraph) \(hash) [\(label)] attr=\(attributions) \(claim.text)")
        }
        // A vague sentence the claim finder made no claim of.
        for (hash, label) in page.vague where label == "vague" && !seen.contains(hash) {
            lines.append("    V-MISS  \(page.set)/\(page.id) \(hash) [vague] (no claim of this sentence)")
        }
        return lines
    }

    struct Score {
        var truePositive = 0, falsePositive = 0, falseNegative = 0
        mutating func add(predicted: Bool, gold: Bool) {
            if predicted && gold { truePositive += 1 }
            if predicted && !gold { falsePositive += 1 }
            if !predicted && gold { falseNegative += 1 }
        }
        var summary: String {
            let precision = Double(truePositive) / Double(max(1, truePositive + falsePositive))
            let recall = Double(truePositive) / Double(max(1, truePositive + falseNegative))
            return String(format: "precision %.2f recall %.2f (%d flagged right, %d false, %d missed)", precision, recall, truePositive, falsePositive, falseNegative)
        }
    }
}

/// `claimcheck-eval realnews-judge SET/ID …`: a page's paragraphs with each claim's sentence
/// hash, figures, attributions and findings, for a person to judge (the output is page text:
/// read it, never commit it).
struct RealNewsJudge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "realnews-judge",
        abstract: "Print real news pages with their claims, hashes and findings, for judging."
    )

    @Argument(help: "Pages as SET/ID (e.g. fundus/BBC_2024_08_01); none: list every page.")
    var pages: [String] = []

    @Option(help: "The extraction folder.")
    var folder: String = "../shared/eval/extraction"

    func run() throws {
        let all = try RealNewsPages.load(from: folder)
        if pages.isEmpty {
            for page in all { print("\(page.set)/\(page.id) \(page.language)") }
            return
        }
        let wanted = all.filter { pages.contains("\($0.set)/\($0.id)") }
        for result in RealNewsRun.check(wanted) {
            guard let document = result.document else { continue }
            print("=== \(result.page.set)/\(result.page.id) (\(result.page.language))")
            for (index, paragraph) in document.document.paragraphs.enumerated() {
                print("[p\(index) \(paragraph.kind.rawValue)] \(paragraph.text)")
                for claim in document.claims where claim.paragraph == index {
                    let findings = document.findings.filter { $0.claim == claim.id }.map(\.rule.rawValue)
                    let figures = claim.figures.map(\.text) + claim.dates.map(\.text)
                    let attributions = claim.attributions.map {
                        "\($0.kind.rawValue):\($0.text)\($0.inheritedFrom.map { "<\($0)" } ?? "")\($0.inheritedScope.map { "@\($0.rawValue)" } ?? "")"
                    }
                    let worth = CheckworthinessModel.builtIn.probability(of: claim.text, language: claim.language)
                    print(
                        "    {\(SentenceHash.of(claim.text)) \(claim.hasCheckableFigure ? "FIG" : "-") \(figures) attr=\(attributions) -> \(findings)} "
                            + String(format: "cw=%.2f ", worth) + claim.text.prefix(60))
                }
            }
        }
    }
}
