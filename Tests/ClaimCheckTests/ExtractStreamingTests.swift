import Testing

@testable import ClaimCheck

/// `extract` writes its report in pieces (a 200 MB draft is never held twice); the pieces put
/// together are the same bytes as the report made in one string.
@Suite("extract: the report written in pieces")
struct ExtractStreamingTests {
    private func outcomes() -> [ExtractReport.Outcome] {
        var paragraphs = "Title\n\n"
        for n in 0..<3_000 { paragraphs += "Paragraph \(n) says \"quoted\" and\ttabbed, see https://example.org/\(n).\n\n" }
        let big = PlainTextReader.read(paragraphs, path: "big.txt")
        let small = MarkdownReader.read("# Heading\n\nOne [link](https://example.org/a) here.\n", path: "small.md")
        let empty = Document(path: "none.txt", format: .text, encoding: "utf-8", metadata: Metadata(), paragraphs: [], links: [])
        return [("big.txt", .success(big)), ("missing.html", .failure(.notFound)), ("small.md", .success(small)), ("none.txt", .success(empty))]
    }

    private func pieces(_ write: ((String) -> Void) -> Void) -> (text: String, count: Int) {
        var text = ""
        var count = 0
        write { text += $0; count += 1 }
        return (text, count)
    }

    @Test("JSON: one page, several pages, failures and a page without paragraphs")
    func json() {
        let all = outcomes()
        for selection in [Array(all.prefix(1)), Array(all.dropFirst()), all, [all[1]], [all[3]], []] {
            for asArray in [false, true] {
                let streamed = pieces { ExtractReport.writeJSON(selection, asArray: asArray, to: $0) }
                #expect(streamed.text == ExtractReport.json(selection, asArray: asArray))
            }
        }
        #expect(pieces { ExtractReport.writeJSON(Array(all.prefix(1)), asArray: false, to: $0) }.count > 1)
    }

    @Test("Text: one page and several pages")
    func text() {
        let all = outcomes()
        for selection in [Array(all.prefix(1)), Array(all.dropFirst(2)), all, []] {
            #expect(pieces { ExtractReport.writeText(selection, to: $0) }.text == ExtractReport.text(selection))
        }
    }
}
