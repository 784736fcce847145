import Testing

@testable import ClaimCheckHTML

@Suite("Bad input")
struct BadInputTests {
    @Test("Text that is not HTML")
    func notHTML() throws {
        #expect(throws: ReadError.notHTML) { try HTMLReader.read(Fixtures.bytes("not-html.txt"), path: "not-html.txt") }
    }

    @Test("A page of only scripts, styles and templates has no text")
    func onlyScript() throws {
        #expect(throws: ReadError.noText) { try Fixtures.read("only-script.html") }
    }

    @Test("Markup nested 100,000 deep: an error, no crash")
    func deepNesting() {
        let depth = 100_000
        var page = "<html><body>"
        page += String(repeating: "<div>", count: depth)
        page += "<p>Deep text</p>"
        page += String(repeating: "</div>", count: depth)
        page += "</body></html>"
        #expect(throws: ReadError.nestedTooDeep(limit: 256)) { try HTMLReader.read(Array(page.utf8), path: "deep.html") }
    }

    @Test("Deep but within libxml2's limit reads fine")
    func nestedWithinLimit() throws {
        var page = "<html><body>" + String(repeating: "<div>", count: 200)
        page += "<p>Deep text that is long enough to be taken as the article, with a comma, and more.</p>"
        page += String(repeating: "</div>", count: 200) + "</body></html>"
        let document = try HTMLReader.read(Array(page.utf8), path: "deep.html")
        #expect(document.paragraphs.map(\.text) == ["Deep text that is long enough to be taken as the article, with a comma, and more."])
    }

    @Test("Binary-looking bytes and stray markup never crash", arguments: [
        [UInt8](repeating: 0x3C, count: 1000),
        Array("<p><<<>>></p><p".utf8),
        Array("<html><body><p>unclosed <b><i>text".utf8),
        [0x3C, 0x70, 0x3E] + (0..<256).map { UInt8($0) },
    ])
    func neverCrashes(bytes: [UInt8]) {
        _ = try? HTMLReader.read(bytes, path: "x.html")
    }
}
