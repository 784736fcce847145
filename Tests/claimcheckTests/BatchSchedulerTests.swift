import ClaimCheck
import ClaimCheckTestSupport
import Foundation
import Testing

/// `--shard auto` reads the shard from a scheduler's environment; `batch merge` combines the
/// shards into the summary one machine would have written.
@Suite("batch: schedulers and merge")
struct BatchSchedulerTests {
    @Test("Each scheduler's variables give the shard (1-based), the count from it, --shards or CLAIMCHECK_SHARD_COUNT")
    func detection() throws {
        #expect(try SchedulerShard.detect(environment: ["JOB_COMPLETION_INDEX": "2"], count: 4) == BatchShard(index: 3, count: 4))
        #expect(
            try SchedulerShard.detect(environment: ["JOB_COMPLETION_INDEX": "0", "CLAIMCHECK_SHARD_COUNT": "5"], count: nil)
                == BatchShard(index: 1, count: 5))
        #expect(
            try SchedulerShard.detect(environment: ["SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_STEP": "2", "SLURM_ARRAY_TASK_COUNT": "4"], count: nil)
                == BatchShard(index: 4, count: 4))
        #expect(try SchedulerShard.detect(environment: ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "3"], count: nil) == BatchShard(index: 1, count: 3))
        #expect(try SchedulerShard.detect(environment: ["AWS_BATCH_JOB_ARRAY_INDEX": "9"], count: 10) == BatchShard(index: 10, count: 10))
        #expect(
            try SchedulerShard.detect(environment: ["CLAIMCHECK_SHARD_INDEX": "1", "CLAIMCHECK_SHARD_COUNT": "2", "JOB_COMPLETION_INDEX": "0"], count: nil)
                == BatchShard(index: 2, count: 2))
    }

    @Test("Missing index, missing count, a bad number or an index out of range is a clear error")
    func detectionErrors() {
        #expect(throws: BatchError.self) { try SchedulerShard.detect(environment: [:], count: 4) }
        #expect(throws: BatchError.self) { try SchedulerShard.detect(environment: ["JOB_COMPLETION_INDEX": "1"], count: nil) }
        #expect(throws: BatchError.self) { try SchedulerShard.detect(environment: ["AWS_BATCH_JOB_ARRAY_INDEX": "x"], count: 2) }
        #expect(throws: BatchError.self) { try SchedulerShard.detect(environment: ["JOB_COMPLETION_INDEX": "4"], count: 4) }
    }

    @Test("--shard auto without a scheduler's variables exits 2 with one line")
    func autoWithoutScheduler() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 2)
        let run = try CommandRunner.run(
            ["batch", articles, "--out", folder.url.appendingPathComponent("out").path, "--shard", "auto", "--shards", "2"],
            environment: Dictionary(uniqueKeysWithValues: SchedulerShard.indexVariables.map { ($0, "") }))
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("claimcheck: error: --shard auto: no scheduler index"), "\(run.standardError)")
    }

    @Test("Four shard processes at once (a Slurm array), merged, equal one run of the same articles")
    func fourShardsMergedEqualOneRun() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 24)
        // One article that cannot run: a folder without a draft.
        try FileManager.default.createDirectory(atPath: articles + "/broken/sources", withIntermediateDirectories: true)
        let one = folder.url.appendingPathComponent("one").path
        let single = try CommandRunner.run(["batch", articles, "--out", one, "--fail-on", "warning", "--jobs", "1"])
        #expect(single.status == 1, "\(single.standardError)")

        let outs = (1...4).map { folder.url.appendingPathComponent("shard\($0)").path }
        let runs = Runs()
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            let environment = ["SLURM_ARRAY_TASK_ID": String(k + 1), "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4"]
            let run = try? CommandRunner.run(
                ["batch", articles, "--out", outs[k], "--shard", "auto", "--fail-on", "warning", "--jobs", "1"], environment: environment)
            runs.set(k, run)
        }
        for k in 0..<4 {
            let run = try #require(runs.get(k))
            #expect(run.status == 0 || run.status == 1, "\(run.standardError)")
            #expect(FileManager.default.fileExists(atPath: outs[k] + "/summary-\(k + 1)-of-4.json"))
        }
        let mergedFolder = folder.url.appendingPathComponent("merged").path
        let merge = try CommandRunner.run(["batch", "merge"] + outs + ["--out", mergedFolder])
        #expect(merge.status == 1, "\(merge.standardError)")

        var merged = try BatchArticles.summary(in: mergedFolder)
        var alone = try BatchArticles.summary(in: one)
        #expect(merged["mergedShards"] as? [String] == ["1/4", "2/4", "3/4", "4/4"])
        for key in ["runId", "seconds", "shard", "mergedShards"] {
            merged[key] = nil
            alone[key] = nil
        }
        // A merge lists failures and failing ids by id; one run lists them in input order.
        alone["failing"] = (alone["failing"] as? [String])?.sorted()
        alone["failures"] = (alone["failures"] as? [[String: Any]])?.sorted { ($0["id"] as? String ?? "") < ($1["id"] as? String ?? "") }
        #expect((alone["failing"] as? [String])?.isEmpty == false)
        #expect((alone["failures"] as? [[String: Any]])?.count == 1)
        #expect(NSDictionary(dictionary: merged).isEqual(to: alone), "merged \(merged)\none \(alone)")
        #expect(Set(try BatchArticles.results(in: mergedFolder).keys) == Set(try BatchArticles.results(in: one).keys))
    }

    @Test("A missing shard, or the same shard twice, cannot be merged")
    func incompleteShards() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 6)
        let outs = (1...3).map { folder.url.appendingPathComponent("s\($0)").path }
        for k in 0..<2 {
            let run = try CommandRunner.run(
                ["batch", articles, "--out", outs[k], "--shard", "auto", "--fail-on", "none"],
                environment: ["JOB_COMPLETION_INDEX": String(k), "CLAIMCHECK_SHARD_COUNT": "3"])
            #expect(run.status == 0, "\(run.standardError)")
        }
        let missing = try CommandRunner.run(["batch", "merge", outs[0], outs[1], "--out", folder.url.appendingPathComponent("m").path])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("missing shard 3/3"), "\(missing.standardError)")
        let twice = try CommandRunner.run(["batch", "merge", outs[0], outs[0] + "/", outs[1], "--out", folder.url.appendingPathComponent("m").path])
        #expect(twice.status == 2)
    }
}

/// The four shard runs' outcomes, written from concurrent iterations under a lock.
private final class Runs: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Int: CommandRunner.Outcome] = [:]

    func set(_ k: Int, _ outcome: CommandRunner.Outcome?) { lock.withLock { outcomes[k] = outcome } }
    func get(_ k: Int) -> CommandRunner.Outcome? { lock.withLock { outcomes[k] } }
}
