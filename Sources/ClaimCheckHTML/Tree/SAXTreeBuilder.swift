import CLibXML2

/// Builds a `PageTree` straight from libxml2's SAX events while it parses: no libxml2 tree
/// is built, walked or freed. The events are the ones libxml2's own tree builder receives
/// (same parser, options and handlers' slots), so the tree is the same as from a walk over
/// the document (`PageTreeDOMWalk`): elements skipped by the reader are followed only by
/// depth, the text of `<title>`, JSON-LD scripts and bylines is collected until their end
/// tag, and a text run's offset is that of its first chunk, as a text node's would be.
///
/// libxml2's tree builder stops at 257 nested elements (its `xmlParserMaxDepth`); without a
/// tree nothing would, so the builder stops the parser at the same depth and the read fails
/// with `.nestedTooDeep` as before.
final class SAXTreeBuilder {
    private var builder: PageTreeBuilder
    /// For each element libxml2 has open: whether the builder went into it.
    private var entered: [Bool] = []
    /// How many of the open elements are inside one the builder skipped (0: not skipping).
    private var skipDepth = 0
    /// Text being collected for a request: the depth of its element, and the bytes so far.
    private var collectors: [(depth: Int, request: PageTreeBuilder.ContentRequest, bytes: [UInt8])] = []
    /// Whether the last event was character data (libxml2 would append to the same text node).
    private var inTextRun = false
    private var runOffset = -1
    /// Set once the root element has ended: libxml2's tree would put anything after it beside
    /// the root, where a walk from the root does not go.
    private var finished = false
    private var sawElement = false
    private(set) var stoppedTooDeep = false

    private init(readsNoscript: Bool) {
        builder = PageTreeBuilder(readsNoscript: readsNoscript)
    }

    /// Parses UTF-8 HTML into a tree.
    ///
    /// - Throws: `ReadError.notHTML` when libxml2 reports no element, `.nestedTooDeep` past
    ///   its depth limit.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, readsNoscript: Bool = false) throws(ReadError) -> PageTree {
        _ = LibXML2.initialized
        guard let base = text.baseAddress, text.count > 0, text.count < Int(Int32.max) else { throw .notHTML }
        let builder = SAXTreeBuilder(readsNoscript: readsNoscript)
        var handler = Self.handler()
        let status = withExtendedLifetime(builder) {
            base.withMemoryRebound(to: CChar.self, capacity: text.count) {
                claimcheck_htmlSAXParse($0, Int32(text.count), LibXML2.htmlOptions, &handler, Unmanaged.passUnretained(builder).toOpaque())
            }
        }
        guard status == 0, builder.sawElement else { throw .notHTML }
        if builder.stoppedTooDeep { throw .nestedTooDeep(limit: LibXML2.maximumDepth) }
        builder.builder.finish()
        return builder.builder.tree
    }

    /// The SAX handler: the slots libxml2's HTML tree builder fills, pointing here.
    private static func handler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let (builder, ctxt) = SAXTreeBuilder.from(context), let name else { return }
            builder.start(name, attributes, ctxt)
        }
        handler.endElement = { context, _ in
            guard let (builder, _) = SAXTreeBuilder.from(context) else { return }
            builder.end()
        }
        handler.characters = { context, characters, length in
            guard let (builder, ctxt) = SAXTreeBuilder.from(context), let characters else { return }
            builder.characters(characters, Int(length), offset: claimcheck_textOffset(ctxt, length))
        }
        handler.cdataBlock = { context, characters, length in
            guard let (builder, _) = SAXTreeBuilder.from(context), let characters else { return }
            builder.cdata(characters, Int(length))
        }
        handler.comment = { context, _ in
            SAXTreeBuilder.from(context)?.0.inTextRun = false
        }
        handler.processingInstruction = { context, _, _ in
            SAXTreeBuilder.from(context)?.0.inTextRun = false
        }
        return handler
    }

    /// The builder and parser context behind a callback's context pointer.
    private static func from(_ context: UnsafeMutableRawPointer?) -> (SAXTreeBuilder, xmlParserCtxtPtr)? {
        guard let ctxt = context?.assumingMemoryBound(to: xmlParserCtxt.self), let user = ctxt.pointee._private else { return nil }
        return (Unmanaged<SAXTreeBuilder>.fromOpaque(user).takeUnretainedValue(), ctxt)
    }

    // MARK: Events

    private func start(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ ctxt: xmlParserCtxtPtr) {
        guard !finished, !stoppedTooDeep else { return }
        // libxml2's nodePush refuses a node when more than `xmlParserMaxDepth` are open.
        if entered.count > LibXML2.maximumDepth {
            stoppedTooDeep = true
            xmlStopParser(ctxt)
            return
        }
        sawElement = true
        inTextRun = false
        if skipDepth > 0 {
            skipDepth += 1
            entered.append(false)
            return
        }
        let entry = builder.enter(Tag(name: name), Attributes(pairs: attributes), offset: claimcheck_tagOffset(ctxt))
        entered.append(entry.descend)
        if !entry.descend { skipDepth = 1 }
        for request in entry.wants { collectors.append((entered.count, request, [])) }
    }

    private func end() {
        guard !finished, !stoppedTooDeep, let wentIn = entered.popLast() else { return }
        inTextRun = false
        while let last = collectors.last, last.depth > entered.count {
            collectors.removeLast()
            builder.deliver(last.request, String(decoding: last.bytes, as: UTF8.self))
        }
        if skipDepth > 0 { skipDepth -= 1 }
        if wentIn { builder.leave() }
        if entered.isEmpty { finished = true }
    }

    private func characters(_ bytes: UnsafePointer<UInt8>, _ count: Int, offset: Int) {
        guard !finished, !stoppedTooDeep, !entered.isEmpty else { return }
        collect(bytes, count)
        if !inTextRun {
            inTextRun = true
            runOffset = offset
        }
        if skipDepth == 0 { builder.append(bytes, count: count, nodeOffset: runOffset) }
    }

    /// Script and style text: a CDATA node in libxml2's tree, with no recorded offset.
    private func cdata(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        guard !finished, !stoppedTooDeep, !entered.isEmpty else { return }
        collect(bytes, count)
        inTextRun = false
        if skipDepth == 0 { builder.append(bytes, count: count, nodeOffset: -1) }
    }

    private func collect(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        guard !collectors.isEmpty else { return }
        let buffer = UnsafeBufferPointer(start: bytes, count: count)
        for index in collectors.indices { collectors[index].bytes.append(contentsOf: buffer) }
    }
}
