import Testing

@testable import ClaimCheckHTML

@Suite("Call-to-action boxes inside an article")
struct CallToActionBoxTests {
    static let article = """
        <p>The regional council voted on Thursday to extend the night bus network to four more towns, at a cost of 3.1 million euros a year, after a petition signed by 12,000 residents.</p>
        <p>The first lines should run from September, the council said, with buses every half hour between midnight and five in the morning on weekends, and every hour on weekdays.</p>
        <p>Operators warned that they would need to hire about forty drivers, and that recruiting them before the summer would be difficult in a tight labour market.</p>
        <p>Opposition members abstained, saying the money would be better spent on the daytime network, which has lost a fifth of its passengers since 2019.</p>
        """

    @Test("A pitch box with a 'become a member' button goes whole; the article stays", arguments: [
        "<a href=\"/join\">Become a member today</a>",
        "<p>Hazte miembro y disfruta de beneficios exclusivos</p><a href=\"/join\">Únete</a>",
    ])
    func pitchBox(button: String) throws {
        let page = """
            <html><body><article><div class="body">\(Self.article)
            <div class="box"><h3>Independent journalism needs you</h3>
            <p>We have reported on this region for more than a century, and we answer only to our readers.</p>
            \(button)</div>
            </div></article></body></html>
            """
        let texts = try HTMLReader.read(Array(page.utf8), path: "page.html").paragraphs.map(\.text)
        #expect(texts.count == 4)
        #expect(texts.first?.hasPrefix("The regional council voted") == true)
        #expect(!texts.contains { $0.contains("century") || $0.contains("journalism") })
    }

    @Test("A 'read more' line directly in the article body drops only itself")
    func lineInBody() throws {
        let page = """
            <html><body><article><div class="body">\(Self.article)
            <p>Read more: how the night buses were cut in 2015</p>
            </div></article></body></html>
            """
        let texts = try HTMLReader.read(Array(page.utf8), path: "page.html").paragraphs.map(\.text)
        #expect(texts.count == 4)
        #expect(texts.last?.hasPrefix("Opposition members abstained") == true)
    }
}
