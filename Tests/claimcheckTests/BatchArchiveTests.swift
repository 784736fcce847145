import ClaimCheck
import ClaimCheckTestSupport
import Foundation
import Testing

/// `claimcheck batch --warc FILE.warc.gz`: each HTML response of a web archive is a draft.
@Suite("batch: web archives")
struct BatchArchiveTests {
    @Test("Every HTML response of a 400-record .warc.gz is checked; the rest are counted")
    func checksEveryHTMLResponse() throws {
        let folder = try TemporaryFolder()
        let archive = try ArchiveFixtures.write(count: 400, in: folder)
        let out = folder.url.appendingPathComponent("out").path
        let run = try CommandRunner.run(["batch", "--warc", archive, "--out", out, "--jobs", "2", "--fail-on", "none"])
        #expect(run.status == 0, "\(run.standardError)")
        let html = (0..<400).filter(ArchiveFixtures.isHTML)
        let summary = try BatchArticles.summary(in: out)
        #expect(summary["articles"] as? Int == html.count)
        #expect(summary["done"] as? Int == html.count)
        let counts = summary["archive"] as? [String: Int]
        #expect(counts == ["records": 400, "html": html.count, "notHTML": 200 - html.count])
        let results = try BatchArticles.results(in: out)
        #expect(Set(results.keys) == Set(html.map(ArchiveFixtures.articleID)))
        // Each draft's path is its target URI, and its claims are found.
        let result = try #require(results[ArchiveFixtures.articleID(html[3])] ?? nil)
        let documents = try #require(result["documents"] as? [[String: Any]])
        #expect(documents.first?["path"] as? String == "https://coast.example/news/\(html[3] / 2)")
        #expect(BatchArticles.batch(result)["claims"] as? Int ?? 0 >= 2)
        #expect(run.standardOutput.contains("archive: 400 records, \(html.count) HTML responses checked, \(200 - html.count) other responses skipped"))
    }

    @Test("A second run skips every record whose result is up to date")
    func resumes() throws {
        let folder = try TemporaryFolder()
        let archive = try ArchiveFixtures.write(count: 40, in: folder)
        let out = folder.url.appendingPathComponent("out").path
        _ = try CommandRunner.run(["batch", "--warc", archive, "--out", out, "--fail-on", "none"])
        let again = try CommandRunner.run(["batch", "--warc", archive, "--out", out, "--fail-on", "none"])
        #expect(again.status == 0, "\(again.standardError)")
        let summary = try BatchArticles.summary(in: out)
        #expect(summary["skipped"] as? Int == (0..<40).filter(ArchiveFixtures.isHTML).count)
        #expect(summary["done"] as? Int == 0)
    }

    @Test("One member for the whole file reads the same as one member per record")
    func singleMemberArchive() throws {
        let folder = try TemporaryFolder()
        let whole = (0..<60).flatMap { ArchiveFixtures.record($0).bytes }
        let single = try folder.file("single.warc.gz", bytes: GzipWriter.member(whole))
        let plain = try folder.file("plain.warc", bytes: whole)
        for path in [single, plain] {
            let stream = try WARCStream(path: path)
            var types: [String] = []
            while let record = try stream.next() { types.append(record.type ?? "") }
            #expect(types.count == 60)
            #expect(types.filter { $0 == "response" }.count == 30)
        }
    }

    @Test("A truncated or corrupt .warc.gz is a failure in the summary after the records before it")
    func truncatedArchive() throws {
        let folder = try TemporaryFolder()
        let archive = try ArchiveFixtures.write(count: 40, in: folder)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: archive)))
        let cut = try folder.file("cut.warc.gz", bytes: Array(bytes.prefix(bytes.count - 25)))
        let out = folder.url.appendingPathComponent("out").path
        let run = try CommandRunner.run(["batch", "--warc", cut, "--out", out, "--fail-on", "none"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("truncated"), "\(run.standardError)")
        let summary = try BatchArticles.summary(in: out)
        #expect((summary["done"] as? Int ?? 0) >= 10)

        var corrupt = bytes
        for index in stride(from: 40, to: corrupt.count, by: 97) { corrupt[index] ^= 0x5A }
        let bad = try folder.file("bad.warc.gz", bytes: corrupt)
        let badRun = try CommandRunner.run(["batch", "--warc", bad, "--out", out + "-bad", "--fail-on", "none"])
        #expect(badRun.status == 1)
        #expect(badRun.standardError.contains("bad.warc.gz"), "\(badRun.standardError)")
    }

    @Test("A missing archive is a one-line error, exit 2")
    func missingArchive() throws {
        let run = try CommandRunner.run(["batch", "--warc", "no/such.warc.gz", "--out", "/tmp/claimcheck-none"])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("claimcheck: error: no/such.warc.gz: "), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1)
    }

    @Test("--sources reads a .warc.gz: its pages support the drafts' claims")
    func compressedSources() throws {
        let folder = try TemporaryFolder()
        let sources = try ArchiveFixtures.write(count: 12, in: folder, name: "sources.warc.gz")
        let (store, failures) = SourceStore.load(paths: [sources])
        #expect(failures.isEmpty)
        #expect(store.sources.count == (0..<12).filter(ArchiveFixtures.isHTML).count)
        #expect(store.source(forLink: "https://coast.example/news/0") != nil)
    }
}
