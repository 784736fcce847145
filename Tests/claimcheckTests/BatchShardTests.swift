import ClaimCheck
import Foundation
import ClaimCheckTestSupport
import Testing

/// `--shard K/N`: shards 1…N cover every article exactly once, the same way in every process.
@Suite("batch: shards")
struct BatchShardTests {
    @Test("K/N parses only with 1 <= K <= N")
    func parsing() {
        #expect(BatchShard("2/4") == BatchShard(index: 2, count: 4))
        for bad in ["0/4", "5/4", "1/0", "1", "a/b", "1/2/3", "-1/2", ""] { #expect(BatchShard(bad) == nil, "\(bad)") }
    }

    @Test("Every id falls in exactly one shard, for N = 1…7", arguments: 1...7)
    func partition(count: Int) {
        let ids = (0..<500).map { "article-\($0)" }
        let shards = (1...count).map { BatchShard(index: $0, count: count)! }
        for id in ids { #expect(shards.filter { $0.contains(id: id) }.count == 1) }
        // Shares are even enough: each within 40 % of an equal share.
        for shard in shards {
            let share = ids.filter { shard.contains(id: $0) }.count
            #expect(abs(Double(share) - Double(ids.count) / Double(count)) <= 0.4 * Double(ids.count) / Double(count), "shard \(shard): \(share)")
        }
    }

    @Test("The hash is FNV-1a 64, fixed across processes")
    func stableHash() {
        var hash = FNV1a64()
        hash.combine(bytes: Array("a".utf8))
        #expect(hash.hex == "af63dc4c8601ec8c")
        // Fixed shard assignments (computed independently): a change here moves articles
        // between CI jobs.
        let shard = (0..<6).map { n in (1...3).first { BatchShard(index: $0, count: 3)!.contains(id: BatchArticles.id(n)) } }
        #expect(shard == [1, 2, 3, 3, 1, 3])
    }

    @Test("Three shard processes write every article's result exactly once")
    func processes() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 12)
        let out = folder.url.appendingPathComponent("out").path
        var seen: [String] = []
        var before = Set<String>()
        for k in 1...3 {
            let outcome = try CommandRunner.run(["batch", articles, "--out", out, "--shard", "\(k)/3", "--fail-on", "none"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let now = Set(try BatchArticles.results(in: out).keys)
            let added = now.subtracting(before)
            let summary = try BatchArticles.summary(in: out, name: "summary-\(k)-of-3.json")
            #expect(summary["articles"] as? Int == added.count)
            #expect(summary["shard"] as? String == "\(k)/3")
            seen += added
            before = now
        }
        #expect(seen.sorted() == (0..<12).map(BatchArticles.id))
    }
}
