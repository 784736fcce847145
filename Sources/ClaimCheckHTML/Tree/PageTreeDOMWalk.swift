import CLibXML2

/// Builds a `PageTree` by walking a libxml2 document (the reader's first way, kept behind
/// `PageTree.Parser.dom` to compare with the SAX builder): one iterative walk, no recursion,
/// so any depth is safe.
enum PageTreeDOMWalk {
    /// Parses with libxml2's tree builder, then walks the tree; the document is freed before
    /// this returns.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, readsNoscript: Bool = false) throws(ReadError) -> PageTree {
        let page = try ParsedHTML(utf8: text)
        guard let root = page.root else { throw .notHTML }
        var builder = PageTreeBuilder(readsNoscript: readsNoscript)
        withExtendedLifetime(page) { walk(root, into: &builder) }
        builder.finish()
        return builder.tree
    }

    /// Walks the subtree under `root` (the `<html>` element).
    static func walk(_ root: xmlNodePtr, into builder: inout PageTreeBuilder) {
        var node: xmlNodePtr? = root
        while let current = node {
            var descended = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if let name = current.pointee.name {
                    let entry = builder.enter(Tag(name: name), Attributes(current), offset: claimcheck_nodeOffset(current))
                    for request in entry.wants { builder.deliver(request, content(of: current)) }
                    descended = entry.descend
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    builder.append(content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)), nodeOffset: claimcheck_nodeOffset(current))
                }
            default:
                break
            }
            if descended, let child = current.pointee.children {
                node = child
                continue
            }
            if descended { builder.leave() }
            node = nil
            var climbing = current
            while climbing != root {
                if let next = climbing.pointee.next {
                    node = next
                    break
                }
                guard let parent = climbing.pointee.parent else { break }
                climbing = parent
                builder.leave()
            }
        }
    }

    /// The text content of a node as a String (used for a few metadata elements only).
    static func content(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { claimcheck_xmlFree(content) }
        return String(cString: content)
    }
}
