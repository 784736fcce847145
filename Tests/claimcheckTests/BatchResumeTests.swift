import Foundation
import ClaimCheckTestSupport
import Testing

/// Re-running a batch: up-to-date articles are skipped, changed ones and `--force` redone.
@Suite("batch: resumption")
struct BatchResumeTests {
    private func runIDs(_ out: String) throws -> [String: String] {
        try BatchArticles.results(in: out).mapValues { BatchArticles.batch($0)["runId"] as? String ?? "" }
    }

    @Test("A second run skips every finished article; a changed draft is redone; --force redoes all")
    func skipsFinished() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 3)
        let out = folder.url.appendingPathComponent("out").path
        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"]).status == 0)
        let first = try runIDs(out)
        #expect(first.count == 3)
        #expect(Set(first.values).count == 1)

        let again = try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"])
        #expect(again.status == 0)
        #expect(try runIDs(out) == first, "no result rewritten")
        let summary = try BatchArticles.summary(in: out)
        #expect(summary["skipped"] as? Int == 3)
        #expect(summary["done"] as? Int == 0)
        #expect(
            summary["claims"] as? Int
                == (try BatchArticles.results(in: out).values.reduce(0) { $0 + (BatchArticles.batch($1)["claims"] as? Int ?? 0) }))

        try (BatchArticles.draft(1) + "\nAbout 12 cars burned.\n").write(toFile: articles + "/a001/draft.md", atomically: true, encoding: .utf8)
        try "<html><body><p>Another page.</p></body></html>".write(toFile: articles + "/a002/sources/extra.html", atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"]).status == 0)
        let changed = try runIDs(out)
        #expect(changed["a000"] == first["a000"])
        #expect(changed["a001"] != first["a001"], "draft changed")
        #expect(changed["a002"] != first["a002"], "a source was added")
        #expect(try BatchArticles.summary(in: out)["done"] as? Int == 2)

        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--force", "--fail-on", "none"]).status == 0)
        let forced = try runIDs(out)
        #expect(Set(forced.values).count == 1)
        #expect(forced["a000"] != first["a000"])
        #expect(try BatchArticles.summary(in: out)["done"] as? Int == 3)
    }

    @Test("A torn or foreign result file is not trusted: the article is redone")
    func tornResult() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 2)
        let out = folder.url.appendingPathComponent("out").path
        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"]).status == 0)
        let text = try String(contentsOfFile: out + "/a000.json", encoding: .utf8)
        try String(text.prefix(text.count / 2)).write(toFile: out + "/a000.json", atomically: false, encoding: .utf8)
        try "{}".write(toFile: out + "/a001.json", atomically: false, encoding: .utf8)
        try "half".write(toFile: out + "/.a001.json.tmp-99999", atomically: false, encoding: .utf8)
        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"]).status == 0)
        #expect(try BatchArticles.summary(in: out)["done"] as? Int == 2)
        #expect(try BatchArticles.results(in: out).values.allSatisfy { BatchArticles.batch($0)["status"] as? String == "done" })
        #expect(!FileManager.default.fileExists(atPath: out + "/.a001.json.tmp-99999"), "a killed run's temporary file is removed")
    }

    @Test("A failed article is tried again on the next run")
    func failedRetried() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 1)
        try FileManager.default.createDirectory(atPath: articles + "/late", withIntermediateDirectories: true)
        let out = folder.url.appendingPathComponent("out").path
        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"]).status == 1)
        try BatchArticles.draft(5).write(toFile: articles + "/late/draft.md", atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"]).status == 0)
        let summary = try BatchArticles.summary(in: out)
        #expect(summary["skipped"] as? Int == 1)
        #expect(summary["done"] as? Int == 1)
    }
}
