import ClaimCheckEvaluation
import Foundation
import Testing

@testable import ClaimCheckHTML

/// The evaluation data, `../shared/eval/extraction` next to the repository, when present.
private let evaluationFolder: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/eval/extraction").path

/// The page tree built from SAX events gives the same document as the tree walked from
/// libxml2's DOM: text, kinds, lines, byte offsets, links, metadata, and the same errors.
@Suite("Tree builders: SAX = DOM walk")
struct TreeBuilderAgreementTests {
    private func both(_ bytes: [UInt8], _ path: String = "page.html") -> (Result<Document, ReadError>, Result<Document, ReadError>) {
        (
            Result { () throws(ReadError) -> Document in try HTMLReader.read(bytes, path: path) },
            Result { () throws(ReadError) -> Document in try HTMLReader.read(bytes, path: path, options: .init(treeBuilder: .dom)) }
        )
    }

    @Test("Every HTML fixture", arguments: Fixtures.pages)
    func fixtures(name: String) throws {
        let (sax, dom) = both(try Fixtures.bytes(name), name)
        #expect(sax == dom)
        #expect((try? sax.get()) != nil)
    }

    @Test(
        "Markup the two could read differently",
        arguments: [
            // Text split by a comment, a processing instruction, an entity, a no-break space.
            "<html><body><p>Before<!-- c -->after, 12 people&nbsp;left &amp; 3 stayed.</p><p>Then <?pi x?> more text here.</p></body></html>",
            // Misplaced html, head and body tags with attributes; text after </html>.
            "<html lang=en><body><p>First paragraph with enough words to keep.</p><html lang=fr><body class=x><head><p>Second one, also long enough.</p></body></html><p>After the end of the page, 40 words.</p>",
            // A title inside SVG, two titles, a JSON-LD script, bylines nested and repeated.
            "<html><head><title>Real title of the page</title><title>Second</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script></head><body><svg><title>Icon</title></svg><article><span itemprop=\"author\"><a rel=\"author\" href=\"/a\">Ann Lee</a> and <span itemprop=\"author\">Bo Ray</span></span><p>Body text of the article, with a comma, and more.</p></article></body></html>",
            // Hidden subtrees, script and style text, a time, a meta, a canonical link, a base.
            "<html><head><base href=\"https://x.example/a/\"><link rel=canonical href=\"/c\"><meta property=og:title content=\"Og title here\"><style>p{}</style></head><body><div hidden><p>Hidden words here.</p></div><p>Visible <script>var a = '<p>';</script>text <time datetime=\"2024-01-02\">2 Jan</time>, and a <a href=\"b.html\">link</a>.</p></body></html>",
            // Bare text in body, unclosed paragraphs and list items, a table.
            "Loose words first <p>one <p>two, three<ul><li>a long list item, with commas<li>another long item, here</ul><table><tr><td>cell text, with a comma, long enough</td></tr></table>",
        ])
    func constructs(page: String) {
        let (sax, dom) = both(Array(page.utf8))
        #expect(sax == dom)
    }

    @Test("Both stop at the same nesting depth", arguments: [250, 254, 255, 256, 257, 258, 260, 300])
    func depthLimit(depth: Int) {
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text, with a comma.</p>" + "</body></html>"
        let (sax, dom) = both(Array(page.utf8))
        #expect(sax == dom, "depth \(depth)")
        if depth >= 300 { #expect(sax == .failure(.nestedTooDeep(limit: 256))) }
        if depth <= 250 { #expect((try? sax.get()) != nil) }
    }

    @Test(
        "Every dev page of the four extraction sets",
        .enabled(if: FileManager.default.fileExists(atPath: evaluationFolder + "/scrapinghub/index.json")))
    func devPages() throws {
        var differing: [String] = []
        var count = 0
        for set in ExtractionSets.names {
            for page in try ExtractionSets.load(set, from: evaluationFolder) {
                let (sax, dom) = both(try [UInt8](Data(contentsOf: URL(fileURLWithPath: page.htmlPath))), page.htmlPath)
                count += 1
                if sax != dom { differing.append(page.id) }
            }
        }
        #expect(count > 300)
        #expect(differing.isEmpty, "\(differing)")
    }
}
