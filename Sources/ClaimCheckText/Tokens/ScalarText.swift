/// Fast conversions between `String` and arrays of Unicode scalars (the engine's working form).
enum ScalarText {
    /// The Unicode scalars of `text`, decoded straight from its UTF-8 storage.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        if let fast = text.withUTF8({ bytes -> [Unicode.Scalar]? in decode(bytes) }) { return fast }
        return Array(text.unicodeScalars)
    }

    private static func decode(_ b: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            let c0 = UInt32(b[i])
            if c0 < 0x80 {
                out.append(Unicode.Scalar(UInt8(c0)))
                i += 1
                continue
            }
            var v: UInt32
            var len: Int
            if c0 & 0xE0 == 0xC0 {
                v = c0 & 0x1F
                len = 2
            } else if c0 & 0xF0 == 0xE0 {
                v = c0 & 0x0F
                len = 3
            } else {
                v = c0 & 0x07
                len = 4
            }
            guard i + len <= n else { return nil }
            for k in 1..<len { v = (v << 6) | (UInt32(b[i + k]) & 0x3F) }
            guard let s = Unicode.Scalar(v) else { return nil }
            out.append(s)
            i += len
        }
        return out
    }

    /// A `String` of `scalars[range]`.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        for k in range {
            let v = scalars[k].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else {
                UTF8.encode(scalars[k]) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
