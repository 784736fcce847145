import Testing

@testable import ClaimCheckHTML

@Suite("Markdown drafts")
struct DraftMarkdownTests {
    let document: Document

    init() throws {
        document = try DocumentReader().read(path: Fixtures.path("drafts/markdown-citations.md"))
    }

    @Test("Front matter gives title and language and is not text")
    func frontMatter() {
        #expect(document.format == .markdown)
        #expect(document.metadata.title == "Expulsions of foreign agents: what the reports say")
        #expect(document.metadata.language == "en")
        #expect(!document.paragraphs.contains { $0.text.contains("title:") })
    }

    @Test("Blocks keep their kind and first line; comments and code are not text")
    func blocks() {
        let summary = document.paragraphs.map { "\($0.line) \($0.kind.rawValue): \($0.text)" }
        #expect(
            summary == [
                "7 heading: Expulsions of foreign agents",
                "9 paragraph: The ministry said that 35 diplomats were expelled in April 2022, according to the ministry's statement.",
                "12 paragraph: Around 40 agents had left by the end of the year, as Le Monde reported.",
                "14 listItem: First item cites https://www.rfi.fr/fr/europe/interview",
                "15 listItem: Second item has code and an that is not a citation and continues on a second line.",
                "18 quote: A quoted paragraph with a link that goes on.",
                "25 heading: Setext heading",
                "28 paragraph: Underscores in snake_case_names stay; emphasis goes.",
            ])
    }

    @Test("Inline, reference and autolink citations become links on their own line; images do not")
    func links() {
        #expect(
            document.links == [
                Link(href: "https://www.example.gov/press/2022-04-05", text: "the ministry's statement", line: 10),
                Link(href: "https://www.lemonde.fr/international/article/2022/12/01/expulsions.html", text: "Le Monde", line: 12),
                Link(href: "https://www.rfi.fr/fr/europe/interview", text: "https://www.rfi.fr/fr/europe/interview", line: 14),
                Link(href: "https://example.org/quoted", text: "link", line: 18),
            ])
    }

    @Test("Offsets point at the block's content in the file")
    func offsets() throws {
        let bytes = try RegularFile.read(path: Fixtures.path("drafts/markdown-citations.md"), maxSize: 1 << 20)
        for paragraph in document.paragraphs {
            let word = paragraph.text.split(separator: " ").first.map(String.init) ?? ""
            let atOffset = String(decoding: bytes[paragraph.offset...].prefix(word.utf8.count), as: UTF8.self)
            #expect(atOffset == word, "paragraph on line \(paragraph.line)")
        }
    }

    @Test("Inline HTML anchors are citations too")
    func inlineAnchor() {
        let document = MarkdownReader.read("See <a href=\"https://example.net/a\">the report</a> for 12 cases.\n", path: "x.md")
        #expect(document.paragraphs.map(\.text) == ["See the report for 12 cases."])
        #expect(document.links == [Link(href: "https://example.net/a", text: "the report", line: 1)])
    }
}
