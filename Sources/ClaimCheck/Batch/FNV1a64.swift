/// FNV-1a, 64 bits: a small, fast, stable hash (the same in every process, unlike
/// `Hasher`), for input hashes and shards. Not a cryptographic hash.
public struct FNV1a64: Sendable {
    /// The hash of the bytes combined so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Creates an empty hash.
    public init() {}

    /// Adds bytes.
    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var value = self.value
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        self.value = value
    }

    /// Adds a string's UTF-8 bytes followed by a 0 byte, so that `"ab", "c"` and `"a", "bc"`
    /// hash differently.
    public mutating func combine(_ string: String) {
        combine(bytes: string.utf8)
        combine(bytes: CollectionOfOne(0))
    }

    /// The hash as 16 hexadecimal digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
