import Testing

@testable import ClaimCheckHTML

@Suite("Pages whose only static copy of the article is in <noscript>")
struct NoscriptFallbackTests {
    @Test("A script-rendered post is read from its <noscript> copy, with the file's offsets", arguments: [HTMLReader.TreeBuilder.sax, .dom])
    func scriptRenderedPost(treeBuilder: HTMLReader.TreeBuilder) throws {
        let bytes = try Fixtures.bytes("script-rendered-blog-noscript.html")
        let document = try HTMLReader.read(bytes, path: "post.html", options: HTMLReader.Options(treeBuilder: treeBuilder))
        let texts = document.paragraphs.map(\.text)
        #expect(texts.contains { $0.hasPrefix("The harbour pilots' association counted 412 ship movements") })
        #expect(texts.contains { $0.hasPrefix("The association expects traffic to pick up in spring") })
        #expect(!texts.contains("weather"))
        let paragraph = try #require(document.paragraphs.first { $0.text.hasPrefix("Pilots put the fall") })
        #expect(Array(bytes[paragraph.offset..<(paragraph.offset + 3)]) == Array("<p>".utf8))
    }

    @Test("A page with its article in the body keeps ignoring a <noscript> notice")
    func noticeIgnored() throws {
        let page = """
            <html><body><article>
            <p>The council approved a budget of 4.2 million euros for the new library on Tuesday, after two years of debate over where it should be built.</p>
            <p>Work is due to start in the autumn and the building should open in 2027, the mayor's office said, with room for 60,000 books.</p>
            <p>Opposition councillors voted against, arguing that the old library could have been renovated for half the price.</p>
            </article>
            <noscript><p>Please enable JavaScript in your browser to read the comments and to see the interactive map of the site.</p></noscript>
            </body></html>
            """
        let document = try HTMLReader.read(Array(page.utf8), path: "page.html")
        #expect(document.paragraphs.count == 3)
        #expect(!document.paragraphs.contains { $0.text.contains("JavaScript") })
    }
}
