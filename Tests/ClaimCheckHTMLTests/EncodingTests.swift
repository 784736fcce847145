import Testing

@testable import ClaimCheckHTML

@Suite("Encoding detection")
struct EncodingTests {
    @Test(
        "Legacy and UTF-8 pages keep accents, curly quotes, « » and €",
        arguments: [
            ("article-fr-windows-1252.html", "windows-1252", "« C’est un choc pour toute la vallée »"),
            ("article-fr-windows-1252.html", "windows-1252", "16 000 € par salarié"),
            ("article-fr-windows-1252.html", "windows-1252", "dont l’œuvre a fait la réputation du bourg, attendent des “garanties écrites” avant la fin du mois…"),
            ("article-fr-iso-8859-1.html", "windows-1252", "« L'eau est montée de près d'un mètre en deux heures »"),
            ("article-fr-graph.html", "utf-8", "pour un coût moyen de 70 000 € par établissement."),
            ("article-fr-graph.html", "utf-8", "« C'est un effort sans précédent »"),
        ])
    func keepsCharacters(file: String, encoding: String, expected: String) throws {
        let document = try Fixtures.read(file)
        #expect(document.encoding == encoding)
        #expect(document.paragraphs.map(\.text).joined(separator: "\n").contains(expected))
    }

    @Test("A byte-order mark wins over everything")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>Café</p>".utf8)
        let decoded = try EncodingDetector.decode(bytes, declaredCharset: "windows-1252", isHTML: true)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text == "<p>Café</p>")
    }

    @Test("UTF-16 with a byte-order mark")
    func utf16() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "<p>Noël €</p>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try EncodingDetector.decode(bytes, isHTML: true)
        #expect(decoded.encoding == "utf-16le")
        #expect(decoded.text == "<p>Noël €</p>")
    }

    @Test("The caller's declared charset wins over the page's meta tag")
    func declaredCharsetWins() throws {
        let bytes: [UInt8] = Array("<meta charset=\"utf-8\"><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        let decoded = try EncodingDetector.decode(bytes, declaredCharset: "ISO-8859-1", isHTML: true)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.hasSuffix("<p>café</p>"))
    }

    @Test(
        "Meta charset forms",
        arguments: [
            ("<meta charset=\"windows-1252\">", "windows-1252"),
            ("<META CHARSET=latin1>", "windows-1252"),
            ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "windows-1252"),
            ("<meta http-equiv='content-type' content='text/html;charset=utf-8'>", "utf-8"),
        ])
    func metaCharset(tag: String, encoding: String) throws {
        let bytes = Array("<html><head>\(tag)</head><body><p>caf".utf8) + (encoding == "utf-8" ? [0xC3, 0xA9] : [0xE9]) + Array("</p>".utf8)
        let decoded = try EncodingDetector.decode(bytes, isHTML: true)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text.contains("café"))
    }

    @Test("A saved page re-encoded to UTF-8 under an old legacy meta tag reads as UTF-8")
    func reencodedPage() throws {
        let bytes = Array("<meta charset=\"gb2312\"><p>中文站 — café</p>".utf8)
        let decoded = try EncodingDetector.decode(bytes, isHTML: true)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.contains("中文站 — café"))
    }

    @Test("Undeclared bytes: UTF-8 when valid, else Windows-1252")
    func undeclared() throws {
        #expect(try EncodingDetector.decode(Array("<p>Café</p>".utf8), isHTML: true).encoding == "utf-8")
        let legacy = try EncodingDetector.decode(Array("<p>".utf8) + [0x93, 0x80, 0x94], isHTML: true)
        #expect(legacy.encoding == "windows-1252")
        #expect(legacy.text == "<p>“€”")
    }

    @Test("A page that declares UTF-8 but is Latin-1 throughout is refused")
    func declaredUTF8Invalid() throws {
        #expect(throws: ReadError.self) { try Fixtures.read("declared-utf8-but-latin1.html") }
        do {
            _ = try Fixtures.read("declared-utf8-but-latin1.html")
        } catch {
            guard case .invalidEncoding = error as? ReadError else {
                Issue.record("expected invalidEncoding, got \(error)")
                return
            }
        }
    }

    @Test("A caller that declares UTF-8 for Latin-1 bytes gets invalidEncoding")
    func callerDeclaredUTF8() {
        let bytes = Array("<p>".utf8) + [UInt8](repeating: 0xE9, count: 40) + Array("</p>".utf8)
        #expect(throws: ReadError.self) { try EncodingDetector.decode(bytes, declaredCharset: "utf-8", isHTML: true) }
    }

    @Test("One stray byte in a long UTF-8 page is replaced, not fatal")
    func strayByte() throws {
        let paragraph = String(repeating: "Une phrase française, écrite en UTF-8. ", count: 300)
        let bytes = Array("<meta charset=utf-8><p>\(paragraph)".utf8) + [0xFF] + Array("</p>".utf8)
        let decoded = try EncodingDetector.decode(bytes, isHTML: true)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.contains("\u{FFFD}"))
    }

    @Test("A draft declared UTF-8 gets no leniency for a stray byte")
    func strictDraft() {
        let text = String(repeating: "A draft in UTF-8, with a stray byte. ", count: 300)
        let bytes = Array(text.utf8) + [0xFF]
        #expect(throws: ReadError.self) { try EncodingDetector.decode(bytes, declaredCharset: "utf-8", isHTML: false) }
    }

    @Test("Other legacy charsets go through iconv")
    func windows1250() throws {
        let bytes = Array("<meta charset=\"windows-1250\"><p>".utf8) + [0x9A, 0x9C] + Array("</p>".utf8)
        let decoded = try EncodingDetector.decode(bytes, isHTML: true)
        #expect(decoded.encoding == "windows-1250")
        #expect(decoded.text.hasSuffix("<p>šś</p>"))
    }
}
