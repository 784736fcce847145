import ClaimCheckTestSupport
import Foundation
import Testing

@testable import ClaimCheck

/// Text from drafts and sources that looks like markup stays text in the HTML report:
/// `fixtures/reports/hostile-text` holds `<script>`, `" onmouseover=`, `javascript:` links,
/// `</textarea>` and tags in a source's title, site name and canonical link.
@Suite("HTML report: hostile text stays text")
struct HTMLHostileTextTests {
    let report: CheckReport
    let html: String
    let page: ReportPage

    /// The HTML5 elements the report uses, which libxml2 2.9 (an HTML 4 parser) does not know.
    static let html5Elements: Set<String> = ["main", "nav", "section", "article", "aside", "header", "footer", "mark", "details", "summary"]
    /// Every element the report may contain.
    static let allowedElements: Set<String> = html5Elements.union([
        "html", "head", "meta", "title", "style", "body", "script", "a", "h1", "h2", "h3", "h4", "h5", "p", "span", "div", "code",
        "kbd", "strong", "q", "blockquote", "ol", "ul", "li", "dl", "dt", "dd", "br", "table", "caption", "thead", "tbody", "tr",
        "th", "td", "fieldset", "legend", "label", "input",
    ])

    init() throws {
        let folder = CommandRunner.repositoryRoot.appendingPathComponent("fixtures/reports/hostile-text").path
        report = ClaimChecker().check(drafts: [folder + "/draft.txt", folder + "/draft.md"], sources: [folder + "/sources"])
        try #require(report.documents.count == 2 && report.failures.isEmpty)
        html = report.html()
        page = ReportPage(html)
    }

    @Test("The fixture carries what it should: tags in claims and excerpts, javascript: links, a hostile publisher")
    func fixtureIsHostile() throws {
        let claims = report.documents.flatMap(\.claims)
        #expect(claims.contains { $0.text.contains("<script>alert(1)</script>") })
        #expect(claims.contains { $0.text.contains("\" onmouseover=\"alert(3)\"") && $0.text.contains("</textarea>") })
        #expect(claims.flatMap(\.links).filter { $0.href.hasPrefix("javascript:") }.count == 2)
        let evidence = report.documents.flatMap(\.evidence).flatMap { $0 }
        #expect(evidence.contains { $0.excerpt.contains("</textarea><script>alert(10)</script>") })
        #expect(evidence.contains { $0.publisher?.contains("onerror") == true && $0.url?.hasPrefix("javascript:") == true })
    }

    @Test("libxml2's HTML parser reports no error (beyond not knowing HTML5 element names)")
    func wellFormed() {
        let all = LibXML2Problem.problems(in: html)
        let problems = all.filter { !($0.isUnknownTag && Self.html5Elements.contains($0.name ?? "")) }
        #expect(problems.isEmpty, "\(problems)")
        // The collector hears libxml2: the HTML5 names are reported, as unknown tags.
        #expect(Set(all.compactMap(\.name)).isSuperset(of: ["main", "article", "mark"]))
    }

    @Test("The parser's error check can fail: a stray end tag and an unknown element are reported")
    func wellFormedCanFail() {
        let broken = html.replacingOccurrences(of: "<h3 ", with: "</b><blink><h3 ")
        let problems = LibXML2Problem.problems(in: broken)
        #expect(problems.contains { !$0.isUnknownTag })
        #expect(problems.contains { $0.name == "blink" })
    }

    @Test("Exactly the expected elements: one style, one script (ours), five meta, no img, textarea, iframe, form or link")
    func expectedElements() throws {
        let elements = try page.select("//*")
        let names = Set(elements.map(\.name))
        #expect(names.isSubset(of: Self.allowedElements), "unexpected: \(names.subtracting(Self.allowedElements))")
        #expect(try page.select("//script").map(\.text) == [HTMLScript.source])
        #expect(try page.select("//style").map(\.text) == [HTMLStyle.css])
        #expect(try page.select("//meta").count == 5)
        for name in ["img", "textarea", "iframe", "object", "embed", "form", "link", "base", "svg", "math"] {
            #expect(try page.select("//\(name)").isEmpty, "\(name)")
        }
        let claims = report.documents.reduce(0) { $0 + $1.claims.count }
        #expect(try page.elements("a", class: "claim").count == claims)
        #expect(try page.elements("article", class: "card").count == claims)
        #expect(try page.elements("li", class: "finding").count == report.documents.reduce(0) { $0 + $1.findings.count })
        #expect(try page.select("//input").allSatisfy { $0.attribute("type") == "checkbox" })
    }

    @Test("No attribute carries script: no on… attribute, no style, links only to #ids and http(s)")
    func noScriptInAttributes() throws {
        for element in try page.select("//*") {
            for (name, value) in element.attributes {
                #expect(!name.lowercased().hasPrefix("on"), "\(element.name) \(name)")
                #expect(name.lowercased() != "style" && name.lowercased() != "srcdoc", "\(element.name) \(name)")
                if ["href", "src", "action", "formaction", "xlink:href", "data", "poster"].contains(name.lowercased()) {
                    let lowered = value.lowercased()
                    #expect(lowered.hasPrefix("#") || lowered.hasPrefix("https://") || lowered.hasPrefix("http://"), "\(name)=\(value)")
                }
            }
        }
        #expect(try page.select("//a[@href]").allSatisfy { !($0.attribute("href") ?? "").lowercased().contains("javascript") })
    }

    @Test("The hostile strings are shown as text, intact")
    func shownAsText() throws {
        let marks = try page.elements("a", class: "claim").map(\.text)
        #expect(marks.contains { $0.contains("<script>alert(1)</script>") })
        #expect(marks.contains { $0.contains("\" onmouseover=\"alert(3)\"") && $0.contains("</textarea><img src=x onerror=alert(4)>") })
        let excerpts = try page.elements("blockquote", class: "excerpt").map(\.text)
        #expect(excerpts.contains { $0.contains("</textarea><script>alert(10)</script> \" onmouseover=\"alert(11)\"") })
        #expect(try page.elements("span", class: "publisher").contains { $0.text == "\"><img src=x onerror=alert(8)>" })
        #expect(try page.elements("code", class: "url").map(\.text).contains("javascript:alert(2)"))
        #expect(try page.select("//title").first?.text == "claimcheck: 2 drafts")
        #expect(try page.select("//h2[@id='d1-title']").first?.text == "Spies <script>alert(\"title\")</script> and \"quotes\"")
    }
}
