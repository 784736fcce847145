import ClaimCheck
import ClaimCheckTestSupport
import Foundation
import Testing

/// The seed's HTML report opened in headless Chromium (Debian's `chromium`; `.ci/run`
/// installs it when it can): the DOM after the script ran, the requests the page made, and a
/// screenshot. Skipped when Chromium is not installed or cannot start here.
@Suite("HTML report in a browser", .enabled(if: Chromium.isAvailable, "needs a chromium that runs headless"))
struct HTMLBrowserTests {
    /// Where the screenshot is kept after the run (the test's output folder).
    static let outputFolder = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-test-output")

    private let folder: TemporaryFolder
    private let reportPath: String
    private let json: [String: Any]

    init() throws {
        folder = try TemporaryFolder()
        let seed = ["check", "fixtures/seed/draft.html", "--sources", "fixtures/seed/sources"]
        let html = try CommandRunner.run(seed + ["--format", "html"])
        try #require(html.status == 0, "\(html.standardError)")
        reportPath = try folder.file("seed.html", text: html.standardOutput)
        let report = try CommandRunner.run(seed + ["--format", "json"])
        json = try #require(try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
    }

    private var document: [String: Any] { ((json["documents"] as? [[String: Any]])?.first) ?? [:] }
    private var claims: [[String: Any]] { document["claims"] as? [[String: Any]] ?? [] }
    private var findings: [[String: Any]] { document["findings"] as? [[String: Any]] ?? [] }

    @Test("The DOM after the script ran: one marked claim per claim, one finding item per finding, filters shown")
    func dom() throws {
        let run = try #require(try Chromium.run(["--dump-dom", "file://" + reportPath], in: folder))
        #expect(run.status == 0, "\(run.standardError)")
        let page = ReportPage(run.standardOutput)
        #expect(try page.elements("a", class: "claim").compactMap { $0.attribute("data-claim") } == claims.compactMap { $0["id"] as? String })
        let items = try page.elements("li", class: "finding")
        #expect(items.compactMap { $0.attribute("data-rule") } == findings.compactMap { $0["rule"] as? String })
        // The script ran, so the policy's hash matched it: the filter bar is shown and counted.
        let filters = try #require(try page.select("//*[@id='filters']").first)
        #expect(filters.attribute("hidden") == nil)
        #expect(try page.select("//*[@id='shown']").first?.text == "Showing \(findings.count) of \(findings.count) findings")
        // What the bars ask a reader to see.
        let conflict = try #require(items.first { $0.attribute("data-rule") == "conflicting-figures" })
        #expect(conflict.text.contains("up to fifty") && conflict.text.contains("around 50"))
        #expect(items.filter { $0.attribute("data-rule") == "vague-attribution" }.count == 2)
        let french = try page.select("//li[\(ReportPage.hasClass("ag-supports"))]//blockquote[@lang='fr']").map(\.text)
        let publishers = try page.select("//li[\(ReportPage.hasClass("ag-supports"))]//span[\(ReportPage.hasClass("publisher"))]").map(\.text)
        #expect(publishers.contains("Le Monde") && publishers.contains("RFI"))
        #expect(french.contains { $0.hasPrefix("En octobre 2022") })
        #expect(french.contains { $0.contains("couverture à des activités d’espionnage") })
    }

    @Test("Keys j/k move between the findings, outlining each one's claim; a rule filter hides its findings and mutes claims left without any")
    func keysAndFilters() throws {
        // The page's own script, driven by a probe script; the policy is taken out of this copy
        // only, since it (rightly) refuses any script but the page's.
        var html = try String(contentsOfFile: reportPath, encoding: .utf8)
        let policy = try #require(html.range(of: "<meta http-equiv=\"Content-Security-Policy\""))
        let end = try #require(html.range(of: ">", range: policy.upperBound..<html.endIndex))
        html.removeSubrange(policy.lowerBound..<end.upperBound)
        let probe = """
            <script>setTimeout(function () {
              function key(k) { document.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true})); }
              key("j"); key("j");
              var second = document.activeElement.id, claim = document.querySelector(".claim.current").id;
              key("k"); key("k");
              var wrapped = document.activeElement.id;
              document.querySelector('#filters input[data-rule="vague-attribution"]').click();
              var muted = [].map.call(document.querySelectorAll(".claim.muted"), function (c) { return c.dataset.claim; });
              document.body.setAttribute("data-probe", [second, claim, wrapped, document.getElementById("shown").textContent, muted.join(" ")].join("|"));
            }, 50);</script></body>
            """
        let path = try folder.file("probe.html", text: html.replacingOccurrences(of: "</body>", with: probe))
        let run = try #require(try Chromium.run(["--virtual-time-budget=2000", "--dump-dom", "file://" + path], in: folder))
        let body = try #require(try ReportPage(run.standardOutput).select("//body").first)
        let values = try #require(body.attribute("data-probe"), "the probe ran").split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        try #require(values.count == 5)
        let rules = findings.compactMap { $0["rule"] as? String }
        let secondClaim = try #require(findings[1]["claim"] as? String)
        #expect(values[0] == "d1-f2")
        #expect(values[1] == "d1-\(secondClaim)-text")
        #expect(values[2] == "d1-f\(findings.count)", "k from the first finding wraps to the last")
        let vague = rules.filter { $0 == "vague-attribution" }.count
        #expect(vague == 2 && values[3] == "Showing \(findings.count - vague) of \(findings.count) findings")
        // Claims whose every finding (their own, or as the other figure) is a vague attribution.
        let muted = claims.compactMap { $0["id"] as? String }.filter { id in
            let own = findings.filter { ($0["claim"] as? String) == id || (($0["related"] as? [[String: Any]]) ?? []).contains { $0["claim"] as? String == id } }
            return !own.isEmpty && own.allSatisfy { $0["rule"] as? String == "vague-attribution" }
        }
        #expect(!muted.isEmpty && values[4] == muted.joined(separator: " "))
    }

    @Test("The page makes no network request; a page with an image and a style sheet from the network does")
    func noNetwork() throws {
        let control = try folder.file(
            "control.html", text: "<!DOCTYPE html><p>x</p><img src=\"http://192.0.2.1/x.png\"><link rel=\"stylesheet\" href=\"https://example.invalid/a.css\">")
        for (path, expectRequests) in [(reportPath, false), (control, true)] {
            let log = folder.url.appendingPathComponent("net-\(expectRequests).json").path
            let run = try #require(try Chromium.run(["--log-net-log=" + log, "--dump-dom", "file://" + path], in: folder))
            #expect(run.status == 0)
            let requests = try Chromium.pageRequests(netLog: log)
            #expect(requests.isEmpty != expectRequests, "\(path): \(requests)")
        }
    }

    @Test("A screenshot of the seed report is written to the test's output folder")
    func screenshot() throws {
        try FileManager.default.createDirectory(at: Self.outputFolder, withIntermediateDirectories: true)
        let png = Self.outputFolder.appendingPathComponent("seed-report.png").path
        try? FileManager.default.removeItem(atPath: png)
        let run = try #require(try Chromium.run(["--window-size=1440,2000", "--screenshot=" + png, "file://" + reportPath], in: folder))
        #expect(run.status == 0, "\(run.standardError)")
        let bytes = try #require(FileManager.default.contents(atPath: png))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(bytes.count > 20_000, "a page of text, not a blank image")
    }
}

/// Headless Chromium, as Debian packages it.
enum Chromium {
    /// Flags for a quiet, offline-by-default run: no sandbox (containers), no GPU, none of the
    /// browser's own background requests, a fresh profile.
    static func flags(profile: String) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + profile,
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-default-apps", "--disable-extensions",
        ]
    }

    /// Whether `chromium` is installed and renders a page here.
    static let isAvailable: Bool = {
        guard let folder = try? TemporaryFolder(),
            let run = try? run(["--dump-dom", "data:text/html,<p>ok</p>"], in: folder)
        else { return false }
        return run.status == 0 && run.standardOutput.contains("<p>ok</p>")
    }()

    /// Runs chromium with `arguments` and a fresh profile inside `folder`; nil when absent.
    static func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CommandRunner.Outcome? {
        let profile = folder.url.appendingPathComponent("profile-\(UUID().uuidString)").path
        return try CommandRunner.runTool("chromium", flags(profile: profile) + arguments, timeout: 60)
    }

    /// The URLs a page asked for, from a Chromium net log: URL requests with an initiator
    /// (the page's origin, `null` for a file); the browser's own requests have none.
    static func pageRequests(netLog path: String) throws -> [String] {
        let data = try #require(FileManager.default.contents(atPath: path))
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let types = try #require((log["constants"] as? [String: Any])?["logEventTypes"] as? [String: Int])
        let start = try #require(types["URL_REQUEST_START_JOB"])
        return (log["events"] as? [[String: Any]] ?? []).compactMap { event in
            guard event["type"] as? Int == start, let params = event["params"] as? [String: Any],
                let url = params["url"] as? String, let initiator = params["initiator"] as? String, initiator != "not an origin"
            else { return nil }
            return url
        }
    }
}
