import Foundation
import Testing

@testable import ClaimCheckHTML

@Suite("Lines and byte offsets")
struct PositionTests {
    /// The 1-based line of a byte offset, counted in the file itself.
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].filter { $0 == 0x0A }.count + 1
    }

    @Test("Every paragraph's offset points at its block's start tag in the file, on its line", arguments: Fixtures.pages)
    func offsetsPointAtTags(file: String) throws {
        let bytes = try Fixtures.bytes(file)
        let document = try Fixtures.read(file)
        #expect(!document.paragraphs.isEmpty)
        for paragraph in document.paragraphs {
            #expect(paragraph.offset >= 0 && paragraph.offset < bytes.count)
            #expect(paragraph.line == Self.line(of: paragraph.offset, in: bytes))
        }
    }

    @Test("Exact positions in an English page")
    func englishPositions() throws {
        let bytes = try Fixtures.bytes("article-en.html")
        let document = try Fixtures.read("article-en.html")
        let first = try #require(document.paragraphs.first { $0.text.hasPrefix("The harbour authority said") })
        let needle = Array("<p>The harbour authority said".utf8)
        let expected = try #require(bytes.firstRange(of: needle)?.lowerBound)
        #expect(first.offset == expected)
        #expect(first.line == 33)
    }

    @Test("Offsets are in the original bytes of a Windows-1252 page, not in the decoded UTF-8")
    func legacyOffsets() throws {
        let bytes = try Fixtures.bytes("article-fr-windows-1252.html")
        let document = try Fixtures.read("article-fr-windows-1252.html")
        let quote = try #require(document.paragraphs.first { $0.text.hasPrefix("« C’est un choc") })
        // "<p>« C" in Windows-1252: « is one byte, 0xAB.
        let needle: [UInt8] = Array("<p>".utf8) + [0xAB] + Array(" C".utf8)
        #expect(quote.offset == bytes.firstRange(of: needle)?.lowerBound)
        #expect(quote.line == Self.line(of: quote.offset, in: bytes))
    }

    @Test("Offsets after a UTF-8 byte-order mark count the mark")
    func byteOrderMarkOffsets() throws {
        let page = "<html><body>\n<p>Première phrase du texte, assez longue pour être lue comme de la prose, oui.</p>\n</body></html>"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(page.utf8)
        let document = try HTMLReader.read(bytes, path: "bom.html")
        let paragraph = try #require(document.paragraphs.first)
        #expect(paragraph.offset == 3 + 13)
        #expect(paragraph.line == 2)
    }

    @Test("Lines past 65535, where libxml2's own line numbers stop")
    func lineNumbersPastLibxml2Limit() throws {
        var page = "<html><body>\n"
        page += String(repeating: "\n", count: 70_000)
        page += "<p>A paragraph far down the page, long enough to be read as the article's prose, with commas.</p>\n</body></html>"
        let bytes = Array(page.utf8)
        let document = try HTMLReader.read(bytes, path: "long.html")
        let paragraph = try #require(document.paragraphs.first)
        #expect(paragraph.line == 70_002)
        #expect(paragraph.offset == bytes.firstRange(of: Array("<p>A paragraph".utf8))?.lowerBound)
    }

    @Test("A minified page on one line still has distinct offsets")
    func minified() throws {
        let page = "<html><body><p>First paragraph of a minified page, with enough words to be prose, yes indeed.</p><p>Second paragraph of the same page, also long enough to count as prose, naturally.</p></body></html>"
        let document = try HTMLReader.read(Array(page.utf8), path: "min.html")
        #expect(document.paragraphs.map(\.line) == [1, 1])
        #expect(document.paragraphs.map(\.offset) == [12, 97])
    }
}
