import CLibXML2

extension ParsedHTML {
    /// Evaluates an XPath expression and copies the selected nodes into Swift values.
    ///
    /// Not for the hot path: extraction walks the tree once instead.
    /// - Returns: the matches in document order; empty when the expression is invalid.
    func select(_ expression: String, lines: LineTable) -> [XPathMatch] {
        guard let context = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(context) }
        context.pointee.error = claimcheck_ignoreError
        guard let result = expression.withCString({ xmlXPathEvalExpression(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self), context) }) else {
            return []
        }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let nodes = set.pointee.nodeTab else { return [] }
        var matches: [XPathMatch] = []
        for index in 0..<Int(set.pointee.nodeNr) {
            guard let node = nodes[index] else { continue }
            matches.append(match(node, lines: lines))
        }
        return matches
    }

    private func match(_ node: xmlNodePtr, lines: LineTable) -> XPathMatch {
        var text = ""
        if let content = xmlNodeGetContent(node) {
            text = String(cString: content)
            claimcheck_xmlFree(content)
        }
        var attributes: [(name: String, value: String)] = []
        if node.pointee.type == XML_ELEMENT_NODE {
            var attribute = node.pointee.properties
            while let current = attribute {
                let name = String(cString: current.pointee.name)
                var value = ""
                if let content = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                    value = String(cString: content)
                    claimcheck_xmlFree(content)
                }
                attributes.append((name, value))
                attribute = current.pointee.next
            }
        }
        var located = node
        if node.pointee.type == XML_ATTRIBUTE_NODE, let parent = node.pointee.parent { located = parent }
        let offset = claimcheck_nodeOffset(located)
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        let isNamed = node.pointee.type == XML_ELEMENT_NODE || node.pointee.type == XML_ATTRIBUTE_NODE
        let line = offset >= 0 ? lines.line(at: offset) : Int(xmlGetLineNo(located))
        return XPathMatch(name: isNamed ? name : "", text: text, attributes: attributes, line: line, offset: offset)
    }
}
