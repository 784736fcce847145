#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Legacy encodings other than Windows-1252 (Windows-1250, ISO-8859-2, KOI8-R, Shift_JIS, GBK,
/// …), decoded through the C library's iconv.
enum Iconv {
    /// The decoded text, and whether the encoding uses one byte per character (then byte
    /// offsets map back exactly). Nil when iconv does not know the encoding or the bytes do
    /// not decode.
    static func decode(_ bytes: ArraySlice<UInt8>, from name: String) -> (text: String, singleByte: Bool)? {
        let converter = iconv_open("UTF-8", name)
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        // Skip a byte the encoding cannot decode, as a replacement character.
                        guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { return nil }
                        inPointer = inPointer! + 1
                        inLeft -= 1
                        for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                            outPointer!.pointee = CChar(bitPattern: byte)
                            outPointer = outPointer! + 1
                        }
                        outLeft -= 3
                    }
                }
                return outputBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        let text = String(decoding: output[..<produced], as: UTF8.self)
        return (text, text.unicodeScalars.count == bytes.count)
    }
}
