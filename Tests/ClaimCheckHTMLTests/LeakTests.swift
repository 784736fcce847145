import Testing

@testable import ClaimCheckHTML

/// Run under AddressSanitizer's leak checker to see that every libxml2 document is freed:
/// `swift test --sanitize=address --filter LeakTests`.
@Suite("Leaks")
struct LeakTests {
    @Test("Parsing many pages, good and bad, in a loop")
    func parseInLoop() throws {
        let pages = try Fixtures.pages.map(Fixtures.bytes) + [Fixtures.bytes("only-script.html"), Fixtures.bytes("not-html.txt")]
        let deep = "<html><body>" + String(repeating: "<div>", count: 1000) + "</body></html>"
        var paragraphs = 0
        for _ in 0..<50 {
            for page in pages {
                paragraphs += (try? HTMLReader.read(page, path: "p").paragraphs.count) ?? 0
                _ = try? HTMLQuery.select("//p", in: page)
            }
            _ = try? HTMLReader.read(Array(deep.utf8), path: "deep")
        }
        #expect(paragraphs > 0)
    }
}
