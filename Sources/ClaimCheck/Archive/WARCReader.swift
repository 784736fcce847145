/// Reads an uncompressed WARC file's bytes into records, checking each record's framing.
/// For a file on disk, plain or `.warc.gz`, `WARCStream` reads one record at a time.
public enum WARCReader {
    /// A WARC file that cannot be read, with where and why.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The byte offset of the record.
        public var offset: Int
        /// The problem.
        public var problem: String

        public var description: String { "WARC record at byte \(offset): \(problem)" }
    }

    /// The records of a WARC file's bytes.
    ///
    /// - Throws: `Failure` for a missing version line, a header without end, a missing or bad
    ///   `Content-Length`, or a block cut short (a truncated file).
    public static func records(_ bytes: [UInt8]) throws(Failure) -> [WARCRecord] {
        var records: [WARCRecord] = []
        var offset = 0
        while true {
            while offset < bytes.count, bytes[offset] == 13 || bytes[offset] == 10 { offset += 1 }
            guard offset < bytes.count else { break }
            guard let end = headerEnd(bytes, from: offset) else { throw Failure(offset: offset, problem: "the header has no end (truncated file?)") }
            let fields = try fields(bytes[offset..<end], offset: offset)
            guard let lengthText = fields.first(where: { $0.name.lowercased() == "content-length" })?.value,
                let length = Int(lengthText), length >= 0
            else { throw Failure(offset: offset, problem: "no valid Content-Length") }
            guard end + length <= bytes.count else {
                throw Failure(offset: offset, problem: "the block is cut short: \(bytes.count - end) of \(length) bytes (truncated file)")
            }
            records.append(WARCRecord(fields: fields, block: Array(bytes[end..<(end + length)])))
            offset = end + length
        }
        return records
    }

    /// The header fields of a record's head (version line to blank line).
    ///
    /// - Throws: `Failure` for a missing version line or a line without a colon.
    static func fields(_ head: ArraySlice<UInt8>, offset: Int) throws(Failure) -> [(name: String, value: String)] {
        let text = String(decoding: head, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: true)
        guard let version = lines.first, version.hasPrefix("WARC/") else { throw Failure(offset: offset, problem: "no WARC version line") }
        lines.removeFirst()
        var fields: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw Failure(offset: offset, problem: "bad header line '\(line)'") }
            fields.append((String(line[..<colon]), String(line[line.index(after: colon)...].drop(while: { $0 == " " || $0 == "\t" }))))
        }
        return fields
    }

    /// The index just past the first blank line (`\r\n\r\n`) from `start`, nil when none.
    static func headerEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + 3 < bytes.count {
            if bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 { return i + 4 }
            i += 1
        }
        return nil
    }
}
