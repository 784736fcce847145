import Testing

@testable import ClaimCheckHTML

@Suite("libxml2 wrapper")
struct WrapperTests {
    @Test("XPath selects elements and attributes as Swift values with lines")
    func xpath() throws {
        let bytes = try Fixtures.bytes("article-en.html")
        let headings = try HTMLQuery.select("//h2", in: bytes)
        #expect(headings.map(\.text) == ["Cargo volumes"])
        #expect(headings.first?.name == "h2")
        #expect(headings.first?.line == 37)
        let links = try HTMLQuery.select("//link[@rel='canonical']", in: bytes)
        #expect(links.first?.attributes.first { $0.name == "href" }?.value == "/news/harbour-ships")
        let hrefs = try HTMLQuery.select("//article//p/a/@href", in: bytes)
        #expect(hrefs.map(\.text) == ["/reports/annual-2023.pdf", "https://union.example/statement"])
    }

    @Test("XPath offsets and lines are the file's, in a Windows-1252 page too")
    func xpathOffsets() throws {
        let bytes = try Fixtures.bytes("article-fr-windows-1252.html")
        let paragraphs = try HTMLQuery.select("//article/p", in: bytes)
        #expect(paragraphs.count == 3)
        for match in paragraphs {
            #expect(Array(bytes[match.offset..<(match.offset + 3)]) == Array("<p>".utf8))
            #expect(match.line == PositionTests.line(of: match.offset, in: bytes))
        }
        #expect(paragraphs[1].text.hasPrefix("« C’est un choc"))
    }

    @Test("An invalid XPath expression selects nothing")
    func invalidXPath() throws {
        #expect(try HTMLQuery.select("//[", in: Fixtures.bytes("article-en.html")).isEmpty)
    }

    @Test("Pages parse concurrently, one document per task")
    func concurrent() async throws {
        let bytes = try Fixtures.bytes("article-fr-graph.html")
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask { (try? HTMLReader.read(bytes, path: "p").paragraphs.count) ?? -1 }
            }
            var counts: [Int] = []
            for await count in group { counts.append(count) }
            return counts
        }
        #expect(Set(counts).count == 1)
        #expect(counts.first ?? 0 > 0)
    }
}
