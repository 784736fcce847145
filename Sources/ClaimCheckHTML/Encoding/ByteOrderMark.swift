/// A byte-order mark at the start of a file, which settles its encoding.
struct ByteOrderMark {
    /// The encoding the mark stands for.
    var charset: Charset
    /// How many bytes the mark takes.
    var length: Int

    /// Reads the mark at the start of `bytes`, if there is one.
    init?(_ bytes: [UInt8]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.init(charset: .utf8, length: 3)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            self.init(charset: .utf16(bigEndian: true), length: 2)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            self.init(charset: .utf16(bigEndian: false), length: 2)
        } else {
            return nil
        }
    }

    private init(charset: Charset, length: Int) {
        self.charset = charset
        self.length = length
    }
}
