import ClaimCheckTestSupport
import Foundation
import Testing

@testable import ClaimCheck

/// `CheckReport.html()` on the seed article: the draft's claims marked, the findings beside,
/// the French evidence beside the English claims, a page that loads nothing.
@Suite("HTML report: the seed article")
struct HTMLReportTests {
    let report: CheckReport
    let page: ReportPage

    init() throws {
        let root = CommandRunner.repositoryRoot.path
        report = ClaimChecker().check(drafts: [root + "/fixtures/seed/draft.html"], sources: [root + "/fixtures/seed/sources"])
        try #require(report.documents.count == 1)
        page = ReportPage(report.html())
    }

    private var document: CheckReport.DocumentResult { report.documents[0] }

    @Test("One marked claim per claim, in order, each linking to its card")
    func claimsMarked() throws {
        let marks = try page.elements("a", class: "claim")
        #expect(marks.map { $0.attribute("data-claim") } == document.claims.map(\.id))
        #expect(marks.map(\.text) == document.claims.map(\.text))
        let cards = try page.elements("article", class: "card")
        #expect(cards.count == document.claims.count)
        for (mark, card) in zip(marks, cards) { #expect(mark.attribute("href") == "#" + (card.attribute("id") ?? "?")) }
    }

    @Test("Each claim is coloured by its worst finding, the other figure of a conflict included")
    func worstFinding() throws {
        let marks = try page.elements("a", class: "claim")
        for (claim, mark) in zip(document.claims, marks) {
            let worst = document.findings.filter { $0.claim == claim.id || $0.related.contains { $0.claim == claim.id } }.map(\.severity).max()
            #expect(mark.attribute("class")?.contains("worst-\(worst?.rawValue ?? "none")") == true, "\(claim.id)")
        }
    }

    @Test("One finding item per finding, with rule, severity and message")
    func findingsListed() throws {
        let items = try page.elements("li", class: "finding")
        #expect(items.count == document.findings.count)
        for (finding, item) in zip(document.findings, items) {
            #expect(item.attribute("data-rule") == finding.rule.rawValue)
            #expect(item.attribute("data-severity") == finding.severity.rawValue)
            #expect(item.text.contains(finding.message))
        }
    }

    @Test("The conflicting-figures warning shows both figures and links to the other one")
    func conflictingFigures() throws {
        let items = try page.select("//li[@data-rule='conflicting-figures']")
        let item = try #require(items.first)
        #expect(items.count == 1)
        #expect(item.attribute("data-severity") == "warning")
        #expect(item.text.contains("up to fifty") && item.text.contains("around 50"))
        let other = try page.select("//li[@data-rule='conflicting-figures']//p[\(ReportPage.hasClass("related"))]/a")
        let target = try #require(document.claims.first { $0.text.contains("around 50") })
        #expect(other.first?.attribute("href") == "#d1-\(target.id)-text")
        // Both figures are bold in the draft's text.
        let spans = try page.select("//a[\(ReportPage.hasClass("claim"))]/strong").map(\.text)
        #expect(spans.contains("up to fifty") && spans.contains("around 50"))
        // The other claim's card lists the conflict too.
        let listed = try page.select("//article[@id='d1-\(target.id)']//p[\(ReportPage.hasClass("card-findings"))]/a").map(\.text)
        #expect(listed.contains("conflicting-figures"))
    }

    @Test("The two vague attributions are listed")
    func vagueAttributions() throws {
        let items = try page.select("//li[@data-rule='vague-attribution']")
        #expect(items.count == 2)
        #expect(items.contains { $0.text.contains("reportedly") })
        #expect(items.contains { $0.text.contains("According to Kremlin critics and some local media") })
    }

    @Test("Le Monde and RFI passages are shown in French beside the English claims, matched words marked")
    func frenchEvidence() throws {
        for publisher in ["Le Monde", "RFI"] {
            let supported = try #require(
                zip(document.claims, document.evidence).first { $1.contains { $0.publisher == publisher && $0.agreement == .supports } })
            let card = "//article[@id='d1-\(supported.0.id)']"
            #expect(try page.select(card + "//blockquote[\(ReportPage.hasClass("sentence"))]").first?.attribute("lang") == "en")
            let excerpts = try page.select(card + "//li[\(ReportPage.hasClass("ag-supports"))]//blockquote[\(ReportPage.hasClass("excerpt"))]")
            let excerpt = try #require(excerpts.first)
            #expect(excerpt.attribute("lang") == "fr")
            let expected = try #require(supported.1.first { $0.publisher == publisher && $0.agreement == .supports })
            #expect(excerpt.text == expected.excerpt)
            let marked = try page.select(card + "//li[\(ReportPage.hasClass("ag-supports"))]//blockquote/mark")
            #expect(!marked.isEmpty, "\(publisher): matched words are marked")
            #expect(try page.select(card + "//li[\(ReportPage.hasClass("ag-supports"))]//span[\(ReportPage.hasClass("publisher"))]").first?.text == publisher)
        }
    }

    @Test("The compared figures are shown: October 2022 against octobre 2022")
    func comparedFigures() throws {
        let cells = try page.select("//table[\(ReportPage.hasClass("compared"))]//td").map(\.text)
        #expect(cells.contains("October 2022") && cells.contains("octobre 2022"))
    }

    @Test("Loads nothing: a CSP that forbids all but the inline style and script, by their hashes; no src, no external stylesheet")
    func contentSecurityPolicy() throws {
        let policy = try #require(try page.select("//meta[@http-equiv='Content-Security-Policy']").first?.attribute("content"))
        #expect(policy.hasPrefix("default-src 'none';"))
        let style = try #require(try page.select("//style").first?.text)
        let script = try #require(try page.select("//script").first?.text)
        #expect(policy.contains("style-src 'sha256-\(SHA256.base64Digest(of: style))'"))
        #expect(policy.contains("script-src 'sha256-\(SHA256.base64Digest(of: script))'"))
        #expect(try page.select("//*[@src]").isEmpty)
        #expect(try page.select("//link").isEmpty)
        #expect(try page.select("//*[@style]").isEmpty)
        for href in try page.select("//*[@href]").compactMap({ $0.attribute("href") }) {
            #expect(href.hasPrefix("#") || href.hasPrefix("https://") || href.hasPrefix("http://"), "\(href)")
        }
    }

    @Test("Readable without JavaScript: only the filter bar starts hidden")
    func withoutScript() throws {
        #expect(try page.select("//*[@hidden]").map { $0.attribute("id") ?? $0.name } == ["filters"])
    }

    @Test("SHA-256 gives the FIPS 180-4 digests")
    func sha256() {
        func hex(_ text: String) -> String { SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("Several drafts: one page with a table of contents linking each draft")
    func severalDrafts() throws {
        let root = CommandRunner.repositoryRoot.path
        let both = ClaimChecker().check(
            drafts: [root + "/fixtures/seed/draft.html", root + "/fixtures/seed/draft.txt"], sources: [root + "/fixtures/seed/sources"])
        let page = ReportPage(both.html())
        let links = try page.select("//nav[\(ReportPage.hasClass("toc"))]//a").compactMap { $0.attribute("href") }
        #expect(links == ["#d1", "#d2"])
        #expect(try page.select("//article[\(ReportPage.hasClass("draft"))]").compactMap { $0.attribute("id") } == ["d1", "d2"])
        #expect(try page.elements("a", class: "claim").count == both.documents.reduce(0) { $0 + $1.claims.count })
        let ids = try page.select("//*[@id]").compactMap { $0.attribute("id") }
        #expect(Set(ids).count == ids.count, "element ids are unique")
    }
}
