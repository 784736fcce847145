import ArgumentParser
import ClaimCheck
import ClaimCheckEvaluation
import Dispatch
import Foundation

/// `claimcheck-eval claims DIR`: how the matcher finds and judges evidence for real claims.
///
/// Each claim becomes a Markdown draft of one sentence citing a page (plain text, one paragraph
/// per sentence, HTML) made of its own evidence and 20 evidence sentences of other claims, chosen and
/// ordered by a hash of its id. The draft is checked as users check one (`ClaimChecker`, default
/// options: three evidence passages per claim). Printed: precision@1 (the top evidence is a
/// sentence annotators labelled SUPPORTS or REFUTES) beside plain BM25 Okapi on the same
/// passages; per evidence sentence, the verdict against its label (supports → SUPPORTS,
/// conflicts → REFUTES: precision and recall); per claim, the verdict against the claim's
/// label, claims with a figure apart. AVeriTeC (answers as evidence, no per-answer labels) is an
/// informational second line: P@1 counts the claim's own answers.
struct ClaimsEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Score evidence retrieval and verdicts on ../shared/eval/claims (CLIMATE-FEVER, AVeriTeC)."
    )

    @Argument(help: "The claims folder (../shared/eval/claims).")
    var folder: String = "../shared/eval/claims"

    @Option(help: "Print examples of: false-supports, missed-supports, conflicts, p1-misses, bm25-wins (BM25's top is labelled evidence, ours is not).")
    var show: String?

    @Option(help: "How many examples to print.")
    var limit: Int = 30

    @Option(help: "Write every passage the matcher returns for each CLIMATE-FEVER claim (TSV: id, label, coverage, score, agreement) to this file.")
    var dump: String?

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        var printed = false
        let cfPath = root.appendingPathComponent("climate-fever/dev.jsonl").path
        if FileManager.default.fileExists(atPath: cfPath) {
            let cases = try ClaimSets.climateFever(path: cfPath)
            let start = ContinuousClock.now
            let outcomes = Self.evaluate(cases, dump: dump != nil)
            if let dump {
                var rows = ["claim\tlabel\tcoverage\tscore\tagreement\tevidence\tbm25\tbm25top\tclaimlabel\ttext"]
                for (index, (item, outcome)) in zip(cases, outcomes).enumerated() {
                    let page = ClaimSets.page(for: index, in: cases)
                    for passage in outcome.all {
                        let top = outcome.bm25.map { ClaimSets.key($0) == ClaimSets.key(passage.text) } ?? false
                        rows.append(
                            "\(item.id)\t\(item.label(of: passage.text) ?? "OTHER")\t\(passage.coverage)\t\(passage.score)\t\(passage.agreement.rawValue)\t\(passage.evidence ? 1 : 0)\t\(OkapiBM25().score(item.claim, passage.text, in: page))\t\(top ? 1 : 0)\t\(item.label)\t\(passage.text.replacingOccurrences(of: "\t", with: " "))")
                    }
                }
                try rows.joined(separator: "\n").write(toFile: dump, atomically: true, encoding: .utf8)
            }
            print("claimcheck-eval claims \(folder)")
            print("CLIMATE-FEVER dev: \(cases.count) claims (\(Self.seconds(since: start)))")
            Self.report(outcomes, cases: cases, labelled: true)
            if let show { Self.show(show, outcomes, cases: cases, limit: limit) }
            printed = true
        }
        let avPath = root.appendingPathComponent("averitec/dev.jsonl").path
        if FileManager.default.fileExists(atPath: avPath) {
            let cases = try ClaimSets.averitec(path: avPath).filter { !$0.evidence.isEmpty }
            let start = ContinuousClock.now
            let outcomes = Self.evaluate(cases)
            print("")
            print("AVeriTeC dev (informational; answers as evidence): \(cases.count) claims (\(Self.seconds(since: start)))")
            Self.report(outcomes, cases: cases, labelled: false)
            printed = true
        }
        if !printed { throw ValidationError("\(folder): no climate-fever/dev.jsonl or averitec/dev.jsonl") }
    }

    /// What the check said about one claim.
    struct Outcome: Sendable {
        /// The excerpts of the evidence, best first, with their verdicts (cited ones only).
        var evidence: [(excerpt: String, agreement: Agreement, reasons: [String], score: Double)]
        /// BM25's top sentence.
        var bm25: String?
        /// Whether the claim as checked has a figure or date.
        var hasFigure: Bool
        /// Rule ids of the findings.
        var rules: [String]
        /// Every passage the matcher returns for the claim (`--dump`): text, coverage, score, agreement.
        var all: [(text: String, coverage: Double, score: Double, agreement: Agreement, evidence: Bool)] = []
    }

    static func evaluate(_ cases: [ClaimCase], dump: Bool = false) -> [Outcome] {
        let slots = Slots(count: cases.count)
        let checker = ClaimChecker(options: { var o = CheckOptions(); o.parallel = false; return o }())
        DispatchQueue.concurrentPerform(iterations: cases.count) { i in
            slots.set(i, outcome(i, cases, checker: checker, dump: dump))
        }
        return slots.values
    }

    static func outcome(_ i: Int, _ cases: [ClaimCase], checker: ClaimChecker, dump: Bool) -> Outcome {
        let item = cases[i]
        let sentences = ClaimSets.page(for: i, in: cases)
        let url = "https://evidence.example/\(item.id)"
        var claim = item.claim.trimmingCharacters(in: .whitespacesAndNewlines)
        // The link goes inside the sentence, before its final stop (a closing quote or a stop
        // before the link would leave the link a sentence of its own); brackets are escaped.
        while let last = claim.last, ".!?…”’\"' ".contains(last) { claim.removeLast() }
        claim = claim.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
        let draft = "\(claim) ([source](\(url))).\n"
        let bm25 = OkapiBM25().best(item.claim, in: sentences).map { sentences[$0] }
        do {
            let body = sentences.map { "<p>\(escaped($0))</p>" }.joined(separator: "\n")
            let html = "<html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"canonical\" href=\"\(url)\"></head><body><article>\n\(body)\n</article></body></html>"
            let page = try DocumentReader(format: .html).read(bytes: Array(html.utf8), path: "\(item.id).html", url: url)
            let document = try DocumentReader(format: .markdown).read(bytes: Array(draft.utf8), path: "\(item.id).md")
            let matcher = Matcher(store: SourceStore(documents: [page]), parallel: false)
            let result = checker.check(document, matcher: matcher)
            let evidence = result.evidence.joined().filter(\.cited).map { ($0.excerpt, $0.agreement, $0.reasons, $0.score) }
            let hasFigure = result.claims.contains { !$0.figures.isEmpty || !$0.dates.isEmpty }
            let all = dump
                ? matcher.matches(for: MatchQuery(text: item.claim, language: .english), preferring: [0], limit: 30).map {
                    ($0.passage.text, $0.coverage, $0.score, $0.agreement, $0.figures.contains { $0.nounsKnown } || !$0.dates.isEmpty)
                } : []
            return Outcome(
                evidence: evidence, bm25: bm25, hasFigure: hasFigure, rules: result.findings.map(\.rule.rawValue), all: all)
        } catch {
            return Outcome(evidence: [], bm25: bm25, hasFigure: false, rules: ["error: \(error)"])
        }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The verdict of a claim: supports when a cited passage supports it, else conflicts, else
    /// related, else none.
    static func verdict(_ outcome: Outcome) -> String {
        let found = Set(outcome.evidence.map(\.agreement))
        if found.contains(.supports) { return "supports" }
        if found.contains(.conflicts) { return "conflicts" }
        return found.isEmpty ? "none" : "related"
    }

    static func report(_ outcomes: [Outcome], cases: [ClaimCase], labelled: Bool) {
        // Retrieval.
        var judged = 0
        var ours = 0
        var theirs = 0
        var empty = 0
        for (item, outcome) in zip(cases, outcomes) {
            func bearing(_ text: String) -> Bool {
                if labelled { return item.isBearing(text) }
                let key = ClaimSets.key(text)
                return item.evidence.contains { ClaimSets.key($0.text).contains(key) }
            }
            guard !labelled || item.evidence.contains(where: { $0.label == "SUPPORTS" || $0.label == "REFUTES" }) else { continue }
            judged += 1
            if let top = outcome.evidence.first?.excerpt { if bearing(top) { ours += 1 } } else { empty += 1 }
            if let top = outcome.bm25, bearing(top) { theirs += 1 }
        }
        print(
            "  retrieval P@1 over \(judged) claims with bearing evidence: matcher \(f(ours, judged))  BM25 Okapi \(f(theirs, judged))  (nothing returned for \(empty))"
        )
        if labelled {
            // Per evidence sentence.
            var tally: [String: [String: Int]] = [:]
            for (item, outcome) in zip(cases, outcomes) {
                for evidence in item.evidence {
                    let key = ClaimSets.key(evidence.text)
                    let verdict = outcome.evidence.first { ClaimSets.key($0.excerpt) == key }?.agreement.rawValue ?? "none"
                    tally[verdict, default: [:]][evidence.label ?? "?", default: 0] += 1
                }
            }
            let labels = ["SUPPORTS", "REFUTES", "NOT_ENOUGH_INFO"]
            print("  per evidence sentence, verdict × label:")
            print(matrix(tally, rows: ["supports", "conflicts", "related", "none"], columns: labels))
            for (verdict, label) in [("supports", "SUPPORTS"), ("conflicts", "REFUTES")] {
                let right = tally[verdict]?[label] ?? 0
                let said = tally[verdict]?.values.reduce(0, +) ?? 0
                let gold = tally.values.reduce(0) { $0 + ($1[label] ?? 0) }
                print("  \(verdict): precision \(f(right, said)) (\(right)/\(said))  recall \(f(right, gold)) (\(right)/\(gold))")
            }
        }
        // Per claim, with and without figures.
        for withFigure in [true, false] {
            var tally: [String: [String: Int]] = [:]
            var count = 0
            for (item, outcome) in zip(cases, outcomes) where outcome.hasFigure == withFigure {
                tally[verdict(outcome), default: [:]][item.label, default: 0] += 1
                count += 1
            }
            print("  per claim, \(withFigure ? "with" : "without") a figure or date (\(count)), verdict × claim label:")
            print(matrix(tally, rows: ["supports", "conflicts", "related", "none"], columns: ["SUPPORTS", "REFUTES", "NOT_ENOUGH_INFO", "DISPUTED"]))
        }
    }

    static func show(_ kind: String, _ outcomes: [Outcome], cases: [ClaimCase], limit: Int) {
        var shown = 0
        print("\n\(kind):")
        for (item, outcome) in zip(cases, outcomes) where shown < limit {
            var lines: [String] = []
            switch kind {
            case "p1-misses":
                if let top = outcome.evidence.first, item.isBearing(top.excerpt) { continue }
                lines.append("  top: \(outcome.evidence.first?.excerpt ?? "(nothing)")")
                if let bm25 = outcome.bm25, item.isBearing(bm25) { lines.append("  bm25: \(bm25)") }
            case "bm25-wins":
                guard let bm25 = outcome.bm25, item.isBearing(bm25) else { continue }
                if let top = outcome.evidence.first, item.isBearing(top.excerpt) { continue }
                let rank = outcome.evidence.firstIndex { ClaimSets.key($0.excerpt) == ClaimSets.key(bm25) }
                for (n, e) in outcome.evidence.enumerated() {
                    let label = item.label(of: e.excerpt) ?? "other claim's"
                    lines.append("  #\(n + 1) \(e.agreement.rawValue) \(String(format: "%.3f", e.score)) [\(label)] \(e.excerpt)  {\(e.reasons.joined(separator: "; "))}")
                }
                lines.append("  bm25 (ours: \(rank.map { "#\($0 + 1)" } ?? "not shown")): \(bm25)")
            default:
                for e in outcome.evidence {
                    let label = item.label(of: e.excerpt) ?? "other claim's"
                    switch kind {
                    case "false-supports" where e.agreement == .supports && label != "SUPPORTS",
                        "conflicts" where e.agreement == .conflicts:
                        lines.append("  \(e.agreement.rawValue) [\(label)] \(e.excerpt)  {\(e.reasons.joined(separator: "; "))}")
                    default: continue
                    }
                }
                if kind == "missed-supports" {
                    for evidence in item.evidence where evidence.label == "SUPPORTS" {
                        let key = ClaimSets.key(evidence.text)
                        let got = outcome.evidence.first { ClaimSets.key($0.excerpt) == key }
                        if got?.agreement != .supports { lines.append("  \(got?.agreement.rawValue ?? "none"): \(evidence.text)") }
                    }
                }
            }
            guard !lines.isEmpty else { continue }
            shown += 1
            print("\(item.id) [\(item.label)] \(item.claim)")
            lines.forEach { print($0) }
        }
    }

    static func matrix(_ tally: [String: [String: Int]], rows: [String], columns: [String]) -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var out = "    " + pad("", 10) + columns.map { pad($0, 16) }.joined()
        for row in rows {
            out += "\n    " + pad(row, 10) + columns.map { pad(String(tally[row]?[$0] ?? 0), 16) }.joined()
        }
        return out
    }

    static func f(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : String(format: "%.3f", Double(a) / Double(b)) }

    static func seconds(since start: ContinuousClock.Instant) -> String {
        let d = ContinuousClock.now - start
        return String(format: "%.1f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }

    /// One result slot per claim, each written by one iteration.
    final class Slots: @unchecked Sendable {
        // `@unchecked`: each index is written once, by one iteration, and read after all finish.
        private var items: [Outcome?]
        init(count: Int) { items = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: Outcome) { items.withUnsafeMutableBufferPointer { $0[i] = value } }
        var values: [Outcome] { items.map { $0! } }
    }
}
