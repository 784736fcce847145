/// The start of every line of a text, to turn byte offsets into 1-based line numbers.
///
/// libxml2's own line numbers stop at 65535; these do not. A line ends at `\n`, or at a `\r`
/// not followed by `\n`.
struct LineTable {
    private var starts: [Int] = [0]

    /// Indexes the lines of UTF-8 bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D, index + 1 == count || bytes[index + 1] != 0x0A {
                starts.append(index + 1)
            }
            index += 1
        }
    }

    /// The 1-based line holding the byte at `offset`.
    func line(at offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }
}
