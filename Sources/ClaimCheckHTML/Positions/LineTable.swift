#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The start of every line of a text, to turn byte offsets into 1-based line numbers.
///
/// libxml2's own line numbers stop at 65535; these do not. A line ends at `\n` (a lone `\r`,
/// as old Mac files use, is not counted: such files are rare and libxml2 does the same).
struct LineTable {
    private var starts: [Int] = [0]

    /// Indexes the lines of UTF-8 bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        starts.reserveCapacity(bytes.count / 40)
        var position = 0
        let count = bytes.count
        while position < count, let found = memchr(base + position, 0x0A, count - position) {
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            starts.append(index + 1)
            position = index + 1
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
