import Foundation
import ClaimCheckTestSupport
import Testing

/// Small generated articles for batch tests: each a Markdown draft with figures and an
/// attribution, and one or more saved source pages. Deterministic: article `n` is always the
/// same text.
enum BatchArticles {
    static func draft(_ n: Int) -> String {
        """
        # Report \(n)

        Police arrested around \(40 + n % 20) protesters in Lyon on 3 March 2024, according to Le Monde.

        Up to \(100 + n) people marched, reportedly. Later, \(30 + n % 7) were released.

        """
    }

    static func source(_ n: Int, _ s: Int) -> String {
        """
        <html lang="en"><head><title>Lyon protest \(n)-\(s)</title>
        <meta property="og:site_name" content="Le Monde"></head>
        <body><article><h1>Lyon protest</h1>
        <p>Police arrested \(40 + n % 20) protesters in Lyon on 3 March 2024, officials said.</p>
        <p>About \(100 + n) people took part in the march through the city centre (page \(s)).</p>
        </article></body></html>

        """
    }

    /// Writes `count` article folders (`a000`, `a001`…) under `folder/articles`, each with
    /// `draft.md` and `sources/`; returns the articles folder's path.
    @discardableResult
    static func writeFolder(in folder: TemporaryFolder, count: Int, sources: Int = 1) throws -> String {
        let root = folder.url.appendingPathComponent("articles")
        for n in 0..<count {
            let article = root.appendingPathComponent(id(n))
            try FileManager.default.createDirectory(at: article.appendingPathComponent("sources"), withIntermediateDirectories: true)
            try draft(n).write(to: article.appendingPathComponent("draft.md"), atomically: true, encoding: .utf8)
            for s in 0..<sources {
                try source(n, s).write(to: article.appendingPathComponent("sources/page\(s).html"), atomically: true, encoding: .utf8)
            }
        }
        return root.path
    }

    static func id(_ n: Int) -> String { "a" + String(format: "%03d", n) }

    /// The JSON files of an output folder, by name, parsed (nil when a file does not parse).
    static func results(in out: String) throws -> [String: [String: Any]?] {
        var results: [String: [String: Any]?] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where name.hasSuffix(".json") && !name.hasPrefix("summary") {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            results[String(name.dropLast(5))] = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        }
        return results
    }

    static func summary(in out: String, name: String = "summary.json") throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func batch(_ result: [String: Any]?) -> [String: Any] {
        result?["batch"] as? [String: Any] ?? [:]
    }
}

/// `claimcheck batch` as a process: folders, manifests, broken articles, bad input.
@Suite("batch: command line")
struct BatchCommandTests {
    @Test("A folder batch: one result per article, with the report and its batch record, and a summary")
    func folderBatch() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 4)
        let out = folder.url.appendingPathComponent("out").path
        let outcome = try CommandRunner.run(["batch", articles, "--out", out, "--jobs", "2", "--fail-on", "none"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let results = try BatchArticles.results(in: out)
        #expect(results.keys.sorted() == ["a000", "a001", "a002", "a003"])
        for (id, result) in results {
            let result = try #require(result)
            #expect((result["documents"] as? [[String: Any]])?.count == 1)
            let batch = BatchArticles.batch(result)
            #expect(batch["id"] as? String == id)
            #expect(batch["status"] as? String == "done")
            #expect((batch["inputHash"] as? String)?.count == 16)
            #expect(((batch["claims"] as? Int) ?? 0) > 0)
        }
        let summary = try BatchArticles.summary(in: out)
        #expect(summary["articles"] as? Int == 4)
        #expect(summary["done"] as? Int == 4)
        #expect(summary["failed"] as? Int == 0)
        #expect(((summary["claims"] as? Int) ?? 0) >= 4)
        #expect(outcome.standardOutput.hasPrefix("articles 4: done 4, skipped 0, failed 0"))
        #expect(outcome.standardOutput.contains("vague-attribution"), "the table lists findings by rule")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).allSatisfy { !$0.hasPrefix(".") }, "no temporary files")
    }

    @Test("The seed as a batch: each result's report is exactly what claimcheck check writes for that draft")
    func seedMatchesCheck() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out").path
        let outcome = try CommandRunner.run(["batch", "fixtures/batch/seed.jsonl", "--out", out, "--jobs", "2"])
        #expect(outcome.status == 0, "warnings only, fail-on error: \(outcome.standardError)")
        let results = try BatchArticles.results(in: out)
        for (id, draft) in [("seed-html", "fixtures/seed/draft.html"), ("seed-text", "fixtures/seed/draft.txt")] {
            let check = try CommandRunner.run(["check", draft, "--sources", "fixtures/seed/sources", "--format", "json"])
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
            var result = try #require(results[id] ?? nil)
            #expect(BatchArticles.batch(result)["draft"] as? String == draft, "paths relative to the manifest, normalised")
            result["batch"] = nil
            #expect(NSDictionary(dictionary: result).isEqual(to: expected), "\(id)")
        }
        let byRule = try #require(try BatchArticles.summary(in: out)["findingsByRule"] as? [String: [String: Int]])
        #expect(byRule["conflicting-figures"]?["warning"] == 2, "up to fifty / around 50, in both drafts")
    }

    @Test("A manifest batch: paths relative to the manifest, ids given or derived, SARIF beside the JSON")
    func manifestBatch() throws {
        let folder = try TemporaryFolder()
        try BatchArticles.writeFolder(in: folder, count: 2)
        let manifest = try folder.file(
            "batch.jsonl",
            text: """
                {"draft": "articles/a000/draft.md", "sources": ["articles/a000/sources"], "id": "first"}

                {"draft": "articles/a001/draft.md", "sources": ["articles/a001/sources/page0.html"]}

                """)
        let out = folder.url.appendingPathComponent("out").path
        let outcome = try CommandRunner.run(["batch", manifest, "--out", out, "--format", "sarif", "--fail-on", "none"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let results = try BatchArticles.results(in: out)
        #expect(results.keys.sorted() == ["articles_a001_draft", "first"])
        #expect(results.values.allSatisfy { BatchArticles.batch($0)["status"] as? String == "done" })
        let sarif = try Data(contentsOf: URL(fileURLWithPath: out + "/first.sarif"))
        let log = try #require(try JSONSerialization.jsonObject(with: sarif) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
    }

    @Test("Broken articles among good ones: recorded as failed with their reason, the rest run, exit 1")
    func brokenArticles() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 3)
        let empty = articles + "/b-nodraft"
        try FileManager.default.createDirectory(atPath: empty + "/sources", withIntermediateDirectories: true)
        let binary = articles + "/b-binary"
        try FileManager.default.createDirectory(atPath: binary, withIntermediateDirectories: true)
        try Data([0, 1, 2, 0xFF, 0, 7]).write(to: URL(fileURLWithPath: binary + "/draft.txt"))
        let out = folder.url.appendingPathComponent("out").path
        let outcome = try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"])
        #expect(outcome.status == 1)
        let summary = try BatchArticles.summary(in: out)
        #expect(summary["done"] as? Int == 3)
        #expect(summary["failed"] as? Int == 2)
        let failures = try #require(summary["failures"] as? [[String: Any]])
        #expect(failures.map { $0["id"] as? String } == ["b-binary", "b-nodraft"])
        #expect((failures[0]["reason"] as? String)?.contains("binary") == true)
        #expect((failures[1]["reason"] as? String)?.contains("no draft") == true)
        #expect(outcome.standardError.contains("claimcheck: error: \(binary): "))
        let results = try BatchArticles.results(in: out)
        #expect(BatchArticles.batch(results["b-binary"] ?? nil)["status"] as? String == "failed")
        #expect(BatchArticles.batch(results["a002"] ?? nil)["status"] as? String == "done")
    }

    @Test("A malformed manifest line is reported with its line number; the other lines run")
    func malformedLine() throws {
        let folder = try TemporaryFolder()
        try BatchArticles.writeFolder(in: folder, count: 2)
        let manifest = try folder.file(
            "m.jsonl",
            text: """
                {"draft": "articles/a000/draft.md", "sources": ["articles/a000/sources"]}
                {"draft": "articles/a001/draft.md", "sources": "articles/a001/sources"}
                {"draft": "articles/a001/draft.md", oops}
                {"draft": "articles/a001/draft.md", "id": "ok", "sourcez": []}
                {"draft": "missing.md", "id": "gone"}
                {"draft": "articles/a001/draft.md", "id": "good"}
                """)
        let out = folder.url.appendingPathComponent("out").path
        let outcome = try CommandRunner.run(["batch", manifest, "--out", out, "--fail-on", "none"])
        #expect(outcome.status == 1)
        let errors = outcome.standardError.split(separator: "\n").filter { $0.hasPrefix("claimcheck: error: ") }
        #expect(errors.count == 4)
        #expect(errors.contains { $0 == "claimcheck: error: \(manifest):2: \"sources\" must be an array of strings" })
        #expect(errors.contains { $0 == "claimcheck: error: \(manifest):3: not valid JSON" })
        #expect(errors.contains { $0.hasPrefix("claimcheck: error: \(manifest):4: unknown key \"sourcez\"") })
        #expect(errors.contains { $0.hasPrefix("claimcheck: error: \(manifest):5: ") && $0.contains("missing.md") })
        let summary = try BatchArticles.summary(in: out)
        #expect(summary["done"] as? Int == 2)
        #expect(summary["failed"] as? Int == 4)
    }

    @Test("Nothing can run: missing input, empty manifest, unknown --format, bad --shard, bad --config → exit 2")
    func nothingRuns() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out").path
        let missing = try CommandRunner.run(["batch", folder.url.path + "/nope", "--out", out])
        #expect(missing.status == 2)
        #expect(missing.standardError == "claimcheck: error: \(folder.url.path)/nope: no such file or folder\n")
        let empty = try folder.file("empty.jsonl", text: "\n\n")
        let emptyRun = try CommandRunner.run(["batch", empty, "--out", out])
        #expect(emptyRun.status == 2)
        #expect(emptyRun.standardError == "claimcheck: error: \(empty): no articles in the manifest\n")
        let articles = try BatchArticles.writeFolder(in: folder, count: 1)
        let format = try CommandRunner.run(["batch", articles, "--out", out, "--format", "text"])
        #expect(format.status == 2)
        #expect(format.standardError.contains("'text' is invalid for '--format"))
        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--shard", "3/2"]).status == 2)
        let config = try folder.file("bad.yml", text: "rules:\n  vague-atribution: off\n")
        let badConfig = try CommandRunner.run(["batch", articles, "--out", out, "--config", config])
        #expect(badConfig.status == 2)
        #expect(badConfig.standardError.hasPrefix("claimcheck: error: \(config):2: "))
        #expect(!FileManager.default.fileExists(atPath: out), "nothing ran, nothing written")
    }

    @Test("Exit 1 when an article has a finding at or above --fail-on, 0 below it")
    func failOn() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 2)
        let out = folder.url.appendingPathComponent("out").path
        let warning = try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "warning"])
        #expect(warning.status == 1, "the drafts have vague attributions (warnings)")
        #expect(try BatchArticles.summary(in: out)["failing"] as? [String] == ["a000", "a001"])
        #expect(try CommandRunner.run(["batch", articles, "--out", out, "--fail-on", "none"]).status == 0)
    }
}
