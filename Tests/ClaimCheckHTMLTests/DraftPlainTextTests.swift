import Testing

@testable import ClaimCheckHTML

@Suite("Plain-text drafts")
struct DraftPlainTextTests {
    @Test("Paragraphs are runs of non-blank lines, with their first line and byte offset")
    func paragraphs() throws {
        let document = try DocumentReader().read(path: Fixtures.path("drafts/plain-paragraphs.txt"))
        #expect(document.format == .text)
        #expect(document.paragraphs.map(\.line) == [1, 3, 6])
        #expect(document.paragraphs.map(\.offset) == [0, 32, 131])
        #expect(
            document.paragraphs[1].text
                == "The first paragraph runs over two lines and cites https://www.example.org/report.html, then ends.")
        #expect(document.paragraphs[2].text == "Second paragraph, with “curly quotes” and « guillemets » and 12 €.")
    }

    @Test("A short first line without a full stop is the title")
    func headline() throws {
        let document = try DocumentReader().read(path: Fixtures.path("drafts/plain-paragraphs.txt"))
        #expect(document.metadata.title == "A headline without a full stop")
        #expect(document.paragraphs[0].kind == .heading)
        #expect(document.paragraphs[1].kind == .paragraph)
    }

    @Test("Bare URLs are citations, without the sentence's punctuation")
    func urls() throws {
        let document = try DocumentReader().read(path: Fixtures.path("drafts/plain-paragraphs.txt"))
        #expect(document.links == [Link(href: "https://www.example.org/report.html", text: "https://www.example.org/report.html", line: 4)])
    }

    @Test("A Windows-1252 draft keeps its accents, curly quotes and euro sign; offsets count its own bytes")
    func windows1252() throws {
        let document = try DocumentReader().read(path: Fixtures.path("drafts/windows-1252.txt"))
        #expect(document.encoding == "windows-1252")
        #expect(document.paragraphs.map(\.text) == ["Un brouillon écrit sous Windows", "Le ministère a expulsé 35 “diplomates” pour 12 €."])
        #expect(document.paragraphs.map(\.line) == [1, 3])
        #expect(document.paragraphs.map(\.offset) == [0, 35])
    }

    @Test("A first paragraph that is a sentence is not taken for a title")
    func noHeadline() {
        let document = PlainTextReader.read("One sentence.\n\nAnother one.\n", path: "x.txt")
        #expect(document.metadata.title == nil)
        #expect(document.paragraphs.allSatisfy { $0.kind == .paragraph })
    }
}
