import ClaimCheckTestSupport
import Foundation
import Testing

/// `batch merge` of shards run with `--format html` writes one `index.html` over every
/// article, with the shards' reports beside it, linking back to it.
@Suite("batch merge: one HTML index")
struct BatchMergeIndexTests {
    @Test("Two html shards merged give the index one run writes (rows by id), and every report links to it")
    func mergedIndex() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 9)
        try FileManager.default.createDirectory(atPath: articles + "/broken/sources", withIntermediateDirectories: true)
        let one = folder.url.appendingPathComponent("one").path
        let single = try CommandRunner.run(["batch", articles, "--out", one, "--format", "html", "--fail-on", "none", "--jobs", "1"])
        // The article without a draft fails: exit 1 whatever --fail-on says.
        #expect(single.status == 1, "\(single.standardError)")
        let outs = (1...2).map { folder.url.appendingPathComponent("shard\($0)").path }
        for k in 0..<2 {
            let run = try CommandRunner.run(
                ["batch", articles, "--out", outs[k], "--format", "html", "--shard", "\(k + 1)/2", "--fail-on", "none", "--jobs", "1"])
            #expect(run.status == 0 || run.status == 1, "\(run.standardError)")
            #expect(FileManager.default.fileExists(atPath: outs[k] + "/index-\(k + 1)-of-2.html"))
        }
        let merged = folder.url.appendingPathComponent("merged").path
        let merge = try CommandRunner.run(["batch", "merge"] + outs + ["--out", merged])
        #expect(merge.status == 1, "\(merge.standardError)")

        let index = try String(contentsOfFile: merged + "/index.html", encoding: .utf8)
        let alone = try String(contentsOfFile: one + "/index.html", encoding: .utf8)
        #expect(Self.rows(index).sorted() == Self.rows(alone).sorted())
        #expect(Self.rows(index).count == 10)
        #expect(index.contains("Failed (1)"))
        let reports = try FileManager.default.contentsOfDirectory(atPath: merged).filter { $0.hasSuffix(".html") && $0 != "index.html" }
        #expect(reports.count == 9)
        for report in reports {
            #expect(index.contains("href=\"\(report)\""), "\(report) not linked from the index")
            let page = try String(contentsOfFile: merged + "/" + report, encoding: .utf8)
            #expect(page.contains("href=\"index.html\""))
            #expect(!page.contains("index-1-of-2.html") && !page.contains("index-2-of-2.html"))
        }
    }

    @Test("Shards run without --format html merge without an index")
    func noIndexWithoutHTML() throws {
        let folder = try TemporaryFolder()
        let articles = try BatchArticles.writeFolder(in: folder, count: 3)
        let outs = (1...2).map { folder.url.appendingPathComponent("s\($0)").path }
        for k in 0..<2 {
            let run = try CommandRunner.run(["batch", articles, "--out", outs[k], "--shard", "\(k + 1)/2", "--fail-on", "none"])
            #expect(run.status == 0, "\(run.standardError)")
        }
        let merged = folder.url.appendingPathComponent("m").path
        #expect(try CommandRunner.run(["batch", "merge"] + outs + ["--out", merged]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: merged + "/index.html"))
    }

    /// The table rows of an index page.
    static func rows(_ page: String) -> [String] {
        page.components(separatedBy: "\n").filter { $0.hasPrefix("<tr class=") }
    }
}
