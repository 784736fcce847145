import CLibXML2

/// An HTML document parsed by libxml2, owned by Swift.
///
/// The only holder of an `htmlDocPtr`: the tree is freed when this object goes away, so no
/// C pointer may be kept beyond its lifetime. Not `Sendable`: one document, one task. Every
/// element carries the byte offset of its start tag in the parsed text (see `shim.h`).
final class ParsedHTML {
    /// The libxml2 document.
    let document: htmlDocPtr

    /// Parses UTF-8 HTML text.
    ///
    /// - Throws: `ReadError.notHTML` when libxml2 builds no document, `.nestedTooDeep` when it
    ///   stopped because the markup nests deeper than it follows.
    init(utf8 text: UnsafeBufferPointer<UInt8>) throws(ReadError) {
        _ = LibXML2.initialized
        guard let base = text.baseAddress, text.count > 0, text.count < Int(Int32.max) else { throw .notHTML }
        var stoppedTooDeep: Int32 = 0
        let parsed = base.withMemoryRebound(to: CChar.self, capacity: text.count) {
            claimcheck_htmlParse($0, Int32(text.count), LibXML2.htmlOptions, &stoppedTooDeep)
        }
        guard let parsed else { throw .notHTML }
        if stoppedTooDeep != 0 {
            xmlFreeDoc(parsed)
            throw .nestedTooDeep(limit: LibXML2.maximumDepth)
        }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element (`<html>`), if the document has one.
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}
