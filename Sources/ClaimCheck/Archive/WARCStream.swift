import ClaimCheckHTML
/// Reads a WARC file record by record, plain or gzip (`.warc.gz`, one member per record or
/// one for the whole file): only the record being read is held in memory, so memory stays
/// flat whatever the archive's size.
///
/// ```swift
/// let stream = try WARCStream(path: "crawl.warc.gz")
/// while let record = try stream.next() { … }
/// ```
public final class WARCStream {
    private let reader: GzipReader
    /// Bytes read and not yet used; `start` is where the unused ones begin.
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// The offset, in the uncompressed stream, of `buffer[0]`.
    private var bufferOffset = 0
    /// Records read so far.
    public private(set) var count = 0

    /// Opens a WARC file.
    ///
    /// - Throws: `WARCReader.Failure` (at offset 0) when it cannot be opened.
    public init(path: String) throws(WARCReader.Failure) {
        // Opening a FIFO or a device would block or never end: only a regular file is read.
        guard RegularFile.kind(of: path) == .regular else { throw WARCReader.Failure(offset: 0, problem: "not a regular file") }
        do throws(GzipReader.Failure) {
            reader = try GzipReader(path: path)
        } catch {
            throw WARCReader.Failure(offset: 0, problem: error.problem)
        }
    }

    /// The next record, nil at the end of the file.
    ///
    /// - Throws: `WARCReader.Failure` for the same framing problems as `WARCReader.records`,
    ///   and for corrupt or truncated gzip data.
    public func next() throws(WARCReader.Failure) -> WARCRecord? {
        // Skip the blank lines between records.
        while true {
            while start < buffer.count, buffer[start] == 13 || buffer[start] == 10 { start += 1 }
            if start < buffer.count { break }
            guard try fill() else { return nil }
        }
        // Positions are kept absolute (in the uncompressed stream): `fill` may compact the buffer.
        let offset = bufferOffset + start
        var searched = offset
        var headerEnd: Int
        while true {
            if let end = Self.headerEnd(buffer, from: max(start, searched - bufferOffset - 3)) {
                headerEnd = bufferOffset + end
                break
            }
            searched = bufferOffset + buffer.count
            if searched - offset > 1 << 20 { throw WARCReader.Failure(offset: offset, problem: "the header is longer than 1 MB") }
            guard try fill() else { throw WARCReader.Failure(offset: offset, problem: "the header has no end (truncated file?)") }
        }
        let fields = try WARCReader.fields(buffer[(offset - bufferOffset)..<(headerEnd - bufferOffset)], offset: offset)
        guard let lengthText = fields.first(where: { $0.name.lowercased() == "content-length" })?.value,
            let length = Int(lengthText), length >= 0
        else { throw WARCReader.Failure(offset: offset, problem: "no valid Content-Length") }
        while bufferOffset + buffer.count - headerEnd < length {
            guard try fill() else {
                throw WARCReader.Failure(
                    offset: offset,
                    problem: "the block is cut short: \(bufferOffset + buffer.count - headerEnd) of \(length) bytes (truncated file)")
            }
        }
        let blockStart = headerEnd - bufferOffset
        let record = WARCRecord(fields: fields, block: Array(buffer[blockStart..<(blockStart + length)]))
        start = blockStart + length
        count += 1
        return record
    }

    /// Reads more bytes, dropping those already used; false at the end of the file.
    private func fill() throws(WARCReader.Failure) -> Bool {
        guard !ended else { return false }
        let chunk: ArraySlice<UInt8>?
        do throws(GzipReader.Failure) {
            chunk = try reader.next()
        } catch {
            throw WARCReader.Failure(offset: bufferOffset + buffer.count, problem: error.problem)
        }
        guard let chunk else {
            ended = true
            return false
        }
        if start > 0, start * 2 >= buffer.count {
            buffer.removeSubrange(0..<start)
            bufferOffset += start
            start = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// The index just past the first `\r\n\r\n` at or after `from`, nil when none.
    static func headerEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        WARCReader.headerEnd(bytes, from: start)
    }
}
