import Foundation
import ClaimCheckTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A batch killed with SIGKILL midway, then run again: every article ends with exactly one
/// complete result, no temporary file is left, and articles finished before the kill are not
/// checked again.
@Suite("batch: killed and resumed")
struct BatchKillTests {
    @Test("SIGKILL after the first results, then a re-run to completion")
    func killAndResume() throws {
        let folder = try TemporaryFolder()
        let count = 60
        let articles = try BatchArticles.writeFolder(in: folder, count: count, sources: 3)
        let out = folder.url.appendingPathComponent("out").path
        let process = Process()
        process.executableURL = CommandRunner.productsFolder.appendingPathComponent("claimcheck")
        process.arguments = ["batch", articles, "--out", out, "--jobs", "2", "--fail-on", "none"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait (at most 60 s) for the first results, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline && process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if names.filter({ $0.hasSuffix(".json") && !$0.hasPrefix(".") }).count >= 3 { break }
            usleep(2_000)
        }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        if killed { #expect(process.terminationReason == .uncaughtSignal) }

        // What the killed run finished: complete files (renamed into place, never torn).
        let before = try BatchArticles.results(in: out)
        #expect(!before.isEmpty)
        #expect(before.values.allSatisfy { $0 != nil }, "no torn result")
        let finishedBefore = before.compactMapValues { BatchArticles.batch($0)["runId"] as? String }

        let rerun = try CommandRunner.run(["batch", articles, "--out", out, "--jobs", "2", "--fail-on", "none"])
        #expect(rerun.status == 0, "\(rerun.standardError)")
        let after = try BatchArticles.results(in: out)
        #expect(after.keys.sorted() == (0..<count).map(BatchArticles.id), "exactly one result per article")
        #expect(after.values.allSatisfy { BatchArticles.batch($0)["status"] as? String == "done" }, "all complete")
        for (id, runID) in finishedBefore {
            #expect(BatchArticles.batch(after[id] ?? nil)["runId"] as? String == runID, "\(id) was not redone")
        }
        let summary = try BatchArticles.summary(in: out)
        #expect(summary["skipped"] as? Int == finishedBefore.count)
        #expect(summary["done"] as? Int == count - finishedBefore.count)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        print("batch kill test: killed \(killed), \(finishedBefore.count) of \(count) results before the kill")
    }
}
