/// How byte offsets in decoded UTF-8 text map back to offsets in the original file.
enum ByteLayout: Sendable, Equatable {
    /// The file was UTF-8: offsets are the same, after a byte-order mark of `prefix` bytes.
    case utf8(prefix: Int)
    /// One byte per character (Windows-1252, ISO-8859-x, …).
    case singleByte(prefix: Int)
    /// UTF-16: two bytes per UTF-16 code unit.
    case utf16(prefix: Int)
    /// A multi-byte legacy encoding: offsets are scaled, so only approximate.
    case approximate(prefix: Int, ratio: Double)

    /// Maps ascending UTF-8 offsets in `text` to offsets in the original file.
    func originalOffsets(of sortedOffsets: [Int], in text: String.UTF8View) -> [Int] {
        switch self {
        case .utf8(let prefix):
            return sortedOffsets.map { $0 + prefix }
        case .approximate(let prefix, let ratio):
            return sortedOffsets.map { prefix + Int(Double($0) * ratio) }
        case .singleByte(let prefix), .utf16(let prefix):
            let perUnit: Int
            if case .utf16 = self { perUnit = 2 } else { perUnit = 1 }
            var result: [Int] = []
            result.reserveCapacity(sortedOffsets.count)
            var utf8Offset = 0
            var units = 0
            var index = text.startIndex
            for target in sortedOffsets {
                while utf8Offset < target, index < text.endIndex {
                    let byte = text[index]
                    let width: Int
                    switch byte {
                    case 0..<0x80: width = 1
                    case 0xC0..<0xE0: width = 2
                    case 0xE0..<0xF0: width = 3
                    case 0xF0...: width = 4
                    default: width = 1
                    }
                    // A scalar above U+FFFF takes two UTF-16 units but one byte in a
                    // single-byte encoding (which cannot encode it anyway).
                    units += (width == 4 && perUnit == 2) ? 2 : 1
                    utf8Offset += width
                    index = text.index(index, offsetBy: width, limitedBy: text.endIndex) ?? text.endIndex
                }
                result.append(prefix + units * perUnit)
            }
            return result
        }
    }
}
