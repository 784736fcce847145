import ClaimCheck
import ClaimCheckTestSupport
import Foundation
import Testing

/// `claimcheck check --format html|csv`, `--csv-bom`, and `claimcheck batch --format html`.
@Suite("check --format html|csv, batch --format html")
struct HTMLCommandTests {
    private let seed = ["check", "fixtures/seed/draft.html", "--sources", "fixtures/seed/sources"]

    /// The CSV columns as `docs/user-guide.md` lists them (its table's first column).
    static func documentedColumns() throws -> [String] {
        let guide = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("docs/user-guide.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "### The CSV columns").dropFirst().first)
        return section.split(separator: "\n").prefix { !$0.hasPrefix("#") }.compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
    }

    @Test("--format html writes one self-contained page; exit code as for the other formats")
    func html() throws {
        let run = try CommandRunner.run(seed + ["--format", "html"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(run.standardOutput.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        let failing = try CommandRunner.run(seed + ["--format", "html", "--fail-on", "warning"])
        #expect(failing.status == 1)
    }

    @Test("--csv-bom without --format csv is a usage error")
    func bomNeedsCSV() throws {
        let run = try CommandRunner.run(seed + ["--csv-bom"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("--csv-bom needs --format csv"))
    }

    @Test("The documented columns are the CSV's header")
    func documented() throws {
        #expect(try Self.documentedColumns() == CheckReport.csvColumns)
    }

    @Test(
        "Python's csv module reads the seed's CSV (with and without BOM) into one row per claim, with the documented columns",
        .enabled(if: (try? CommandRunner.runTool("python3", ["-c", "import csv"]))??.status == 0, "needs python3"))
    func pythonReadsCSV() throws {
        let json = try CommandRunner.run(seed + ["--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let claims = try #require(((report["documents"] as? [[String: Any]])?.first)?["claims"] as? [[String: Any]])
        let folder = try TemporaryFolder()
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding=sys.argv[2]) as f:
                rows = list(csv.reader(f, strict=True))
            print(json.dumps({"header": rows[0], "rows": [dict(zip(rows[0], r)) for r in rows[1:]], "widths": sorted({len(r) for r in rows})}))
            """
        for (flags, encoding) in [([String](), "utf-8"), (["--csv-bom"], "utf-8-sig")] {
            let csv = try CommandRunner.run(seed + ["--format", "csv"] + flags)
            #expect(csv.status == 0)
            let path = try folder.file("seed\(flags.count).csv", text: csv.standardOutput)
            let read = try #require(try CommandRunner.runTool("python3", ["-c", script, path, encoding]))
            #expect(read.status == 0, "\(read.standardError)")
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(read.standardOutput.utf8)) as? [String: Any])
            #expect(parsed["header"] as? [String] == (try Self.documentedColumns()))
            #expect(parsed["widths"] as? [Int] == [CheckReport.csvColumns.count])
            let rows = try #require(parsed["rows"] as? [[String: String]])
            #expect(rows.map { $0["claim"] } == claims.map { $0["id"] as? String })
            #expect(rows.map { $0["text"] } == claims.map { $0["text"] as? String })
            #expect(rows.first?["file"] == "fixtures/seed/draft.html")
        }
    }

    @Test("batch --format html: an index linking every article's report, and the failures with their reasons")
    func batchIndex() throws {
        let folder = try TemporaryFolder()
        let root = CommandRunner.repositoryRoot.path
        let manifest = try folder.file(
            "manifest.jsonl",
            text: """
                {"draft": "\(root)/fixtures/seed/draft.html", "sources": ["\(root)/fixtures/seed/sources"], "id": "seed-html"}
                {"draft": "\(root)/fixtures/seed/draft.txt", "sources": ["\(root)/fixtures/seed/sources"], "id": "seed-text"}
                {"draft": "\(root)/fixtures/no-such-draft.html", "sources": [], "id": "missing"}

                """)
        let out = folder.url.appendingPathComponent("out").path
        for pass in 1...2 {
            let run = try CommandRunner.run(["batch", manifest, "--out", out, "--format", "html"])
            #expect(run.status == 1, "the missing draft fails the batch")
            let index = try #require(FileManager.default.contents(atPath: out + "/index.html"))
            let page = ReportPage(String(decoding: index, as: UTF8.self))
            let rows = try page.select("//table[\(ReportPage.hasClass("index"))]/tbody/tr")
            #expect(rows.count == 3, "pass \(pass)")
            let links = try page.select("//table[\(ReportPage.hasClass("index"))]//a").compactMap { $0.attribute("href") }
            #expect(links == ["seed-html.html", "seed-text.html"], "pass \(pass)")
            for link in links {
                let report = try #require(FileManager.default.contents(atPath: out + "/" + link), "\(link)")
                let article = ReportPage(String(decoding: report, as: UTF8.self))
                #expect(try article.elements("a", class: "claim").count > 10)
                #expect(try article.select("//p[\(ReportPage.hasClass("back"))]/a").first?.attribute("href") == "index.html")
            }
            let failed = try page.select("//section[\(ReportPage.hasClass("problems"))]//li").map(\.text)
            #expect(failed.count == 1 && failed[0].contains("missing") && failed[0].contains("no such file"), "\(failed)")
            // Claims and findings by severity, as the article's result file counts them.
            let result = try #require(FileManager.default.contents(atPath: out + "/seed-html.json"))
            let batch = try #require((try JSONSerialization.jsonObject(with: result) as? [String: Any])?["batch"] as? [String: Any])
            var bySeverity: [String: Int] = [:]
            for severities in (batch["findings"] as? [String: [String: Int]] ?? [:]).values {
                for (severity, count) in severities { bySeverity[severity, default: 0] += count }
            }
            let expected = [batch["claims"] as? Int ?? -1, bySeverity["error"] ?? 0, bySeverity["warning"] ?? 0, bySeverity["info"] ?? 0]
            let counts = try page.select("//tr[td//a[@href='seed-html.html']]/td").map(\.text)
            #expect(counts.suffix(4) == expected.map(String.init), "claims, errors, warnings, info")
            #expect(expected[0] > 10 && expected[2] > 0)
            if pass == 2 { #expect(rows.filter { $0.attribute("class") == "skipped" }.count == 2, "the second pass is resumed") }
        }
    }
}
