import Testing

@testable import ClaimCheckHTML

@Suite("Links in the main text")
struct LinkTests {
    @Test("Links in the article, resolved against the page URL, with anchor text and line")
    func englishLinks() throws {
        let document = try Fixtures.read("article-en.html")
        #expect(document.links.map(\.href) == ["https://ledger.example/reports/annual-2023.pdf", "https://union.example/statement"])
        #expect(document.links.map(\.text) == ["annual report", "their statement"])
        #expect(document.links.first?.line == 33)
    }

    @Test("Links in boilerplate are not the article's")
    func boilerplateLinks() throws {
        let hrefs = try Fixtures.read("article-fr-graph.html").links.map(\.href)
        #expect(hrefs == ["https://cour.example/rapport"])
    }

    @Test("A <base href> and the caller's URL resolve relative links")
    func base() throws {
        let page = "<html><head><base href=\"https://base.example/dir/\"></head><body><p>Selon <a href=\"rapport.pdf\">le rapport</a>, il y a eu beaucoup de monde, des milliers de personnes.</p></body></html>"
        let document = try HTMLReader.read(Array(page.utf8), path: "l.html", options: .init(url: "https://other.example/"))
        #expect(document.links.map(\.href) == ["https://base.example/dir/rapport.pdf"])
    }

    @Test("Fragment and script links are not citations")
    func uncitable() throws {
        let page = "<html><body><p>Voir <a href=\"#note\">la note</a>, <a href=\"javascript:void(0)\">ceci</a> et <a href=\"\">cela</a> ; selon <a href=\"https://insee.example/t\">l'Insee</a>, le chômage a baissé.</p></body></html>"
        let links = try HTMLReader.read(Array(page.utf8), path: "l.html").links
        #expect(links.map(\.href) == ["https://insee.example/t"])
        #expect(links.map(\.text) == ["l'Insee"])
    }
}
