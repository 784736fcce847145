/// Turns the chosen blocks of a `PageTree` into a `Document`, with lines and byte offsets in
/// the original file.
struct DocumentAssembly {
    var tree: PageTree
    var kept: [Int]
    var lines: LineTable
    var layout: ByteLayout
    var text: UnsafeBufferPointer<UInt8>

    func document(path: String, encoding: String, metadata: Metadata, base: String?, url: String?) -> Document {
        let blocks = kept.map { tree.blocks[$0] }
        let keptSet = Set(kept.map(Int32.init))
        let links = tree.links.filter { keptSet.contains($0.block) }
        // Offsets in the parsed text, ascending, mapped to the file's bytes in one pass.
        let parsedOffsets = blocks.map { max($0.offset, 0) }
        let original = map(parsedOffsets)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            paragraphs.append(
                Paragraph(text: tree.string(block), line: lines.line(at: parsedOffsets[index]), offset: original[index], kind: block.kind))
        }
        let linkBase = base.map { MetadataReader.resolve($0, against: url ?? metadata.url) } ?? url ?? metadata.url ?? metadata.canonicalURL
        let documentLinks = links.map { link in
            Link(
                href: MetadataReader.resolve(link.href, against: linkBase),
                text: String(decoding: tree.text[Int(link.start)..<Int(link.end)], as: UTF8.self).trimmingWhitespace(),
                line: lines.line(at: max(link.offset, 0)))
        }
        return Document(path: path, format: .html, encoding: encoding, metadata: metadata, paragraphs: paragraphs, links: documentLinks)
    }

    /// Maps parsed-text offsets to file offsets (sorting them for the layout's single pass).
    private func map(_ offsets: [Int]) -> [Int] {
        if case .utf8(let prefix) = layout { return offsets.map { $0 + prefix } }
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        let sorted = order.map { offsets[$0] }
        let mapped = layout.originalOffsets(of: sorted, in: String(decoding: text, as: UTF8.self).utf8)
        var result = [Int](repeating: 0, count: offsets.count)
        for (position, index) in order.enumerated() { result[index] = mapped[position] }
        return result
    }
}
