import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck-eval matching`: times source loading, index building and claim matching on a
/// synthetic corpus at half, full and double size, to show how cost grows.
struct MatchingBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matching",
        abstract: "Time source loading, indexing and matching on synthetic corpora (half, full, double size)."
    )

    @Option(help: "Sources at full size.")
    var sources = 50

    @Option(help: "Bytes of HTML per source.")
    var bytes = 100_000

    @Option(help: "Claims at full size.")
    var claims = 200

    @Option(help: "Matches asked for per claim.")
    var limit = 3

    @Option(help: "Scales to run, as multiples of the full size.")
    var scales: [Double] = [0.5, 1, 2]

    @Flag(help: "Keep the claims fixed at full size while the sources scale.")
    var fixedClaims = false

    @Flag(help: "Print the claims whose best match does not have the expected verdict.")
    var showMisses = false

    @Option(help: "Weight of proximity in the score (0 turns it off: the matcher before proximity, for comparing costs).")
    var proximityWeight: Double = MatchThresholds.standard.proximityWeight

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 42

    func run() throws {
        print("matching benchmark: \(bytes / 1000) KB per source; half of the sources French; limit \(limit)")
        print("scale  sources    MB  claims   read s   load s  index s  query s  ms/claim  batch s  supports conflicts related")
        var verdictLines: [String] = []
        for scale in scales {
            let row = try measure(
                sourceCount: max(1, Int(Double(sources) * scale)),
                claimCount: max(1, Int(Double(claims) * (fixedClaims ? 1 : scale))))
            print(
                String(
                    format: "%5.2f  %7d  %4.1f  %6d  %7.3f  %7.3f  %7.3f  %7.3f  %8.2f  %7.3f  %8d %9d %7d", scale, row.sources, row.megabytes,
                    row.claims, row.read, row.load, row.index, row.query, row.query * 1000 / Double(max(row.claims, 1)), row.batch, row.supports,
                    row.conflicts, row.related))
            verdictLines.append(
                String(format: "%5.2f  ", scale)
                    + MatchingCorpus.Variant.allCases.map { variant in
                        let tally = row.verdicts[variant.rawValue] ?? (0, 0)
                        return "\(variant.rawValue) → \(variant.expected) \(tally.right)/\(tally.total)"
                    }.joined(separator: "   "))
        }
        print("\nbest match has the expected verdict (verbatim and translated claims → supports, changed figure → conflicts):")
        for line in verdictLines { print(line) }
    }

    struct Row {
        var sources: Int, megabytes: Double, claims: Int, read: Double, load: Double, index: Double, query: Double
        var batch = 0.0
        /// Per claim variant: best matches with the expected verdict, and claims.
        var verdicts: [String: (right: Int, total: Int)] = [:]
        var supports = 0, conflicts = 0, related = 0
    }

    func measure(sourceCount: Int, claimCount: Int) throws -> Row {
        var corpus = MatchingCorpus(seed: seed)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-matching-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var sentences: [String] = []
        var total = 0
        for number in 0..<sourceCount {
            let page = corpus.page(number: number, bytes: bytes, french: number % 2 == 1)
            total += page.html.utf8.count
            sentences += page.sentences
            try page.html.write(to: folder.appendingPathComponent(String(format: "page-%04d.html", number)), atomically: false, encoding: .utf8)
        }
        let claims = (0..<claimCount).map { _ in corpus.claim(from: sentences[corpus.generator.below(sentences.count)]) }
        let queries = claims.map { MatchQuery(text: $0.text) }
        let clock = ContinuousClock()
        let files = (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted().map { folder.path + "/" + $0 }
        let read = clock.measure { for file in files { _ = try? DocumentReader().read(path: file) } }
        var store = SourceStore()
        let load = clock.measure { store = SourceStore.load(paths: [folder.path]).store }
        var thresholds = MatchThresholds.standard
        thresholds.proximityWeight = proximityWeight
        var matcher: Matcher?
        let index = clock.measure { matcher = Matcher(store: store, thresholds: thresholds) }
        var row = Row(
            sources: store.sources.count, megabytes: Double(total) / 1e6, claims: claimCount, read: read.inSeconds, load: load.inSeconds,
            index: index.inSeconds, query: 0)
        let query = clock.measure {
            for q in queries {
                for match in matcher!.matches(for: q, in: nil, limit: limit) {
                    switch match.agreement {
                    case .supports: row.supports += 1
                    case .conflicts: row.conflicts += 1
                    case .related: row.related += 1
                    }
                }
            }
        }
        row.query = query.inSeconds
        var batch: [[PassageMatch]] = []
        row.batch = (clock.measure { batch = matcher!.matches(for: queries, limit: limit) }).inSeconds
        for (claim, matches) in zip(claims, batch) {
            row.verdicts[claim.variant.rawValue, default: (0, 0)].total += 1
            if matches.first?.agreement.rawValue == claim.variant.expected {
                row.verdicts[claim.variant.rawValue, default: (0, 0)].right += 1
            } else if showMisses {
                print("miss (\(claim.variant.rawValue)): \(claim.text)")
                for match in matches.prefix(1) {
                    print("  \(match.agreement.rawValue) \(String(format: "%.2f", match.coverage)): \(match.passage.text)")
                    print("  \(match.reasons.joined(separator: "; "))")
                }
            }
        }
        return row
    }

}
