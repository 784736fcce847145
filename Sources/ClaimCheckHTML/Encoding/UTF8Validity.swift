/// Where a byte sequence breaks UTF-8.
enum UTF8Validity {
    /// Offsets (relative to the slice's start index) of the invalid sequences in `bytes`.
    static func invalidSequences(in bytes: ArraySlice<UInt8>) -> [Int] {
        var found: [Int] = []
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var position = bytes.startIndex
        // UTF8 decoding reports errors but not their positions; track positions by re-counting
        // the bytes of each scalar decoded.
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                position += UTF8.width(scalar)
            case .error:
                found.append(position)
                position += 1
            case .emptyInput:
                break loop
            }
        }
        return found
    }
}
