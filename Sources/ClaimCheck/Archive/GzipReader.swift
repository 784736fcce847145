import CZlib
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file's bytes in chunks, inflating it when it is gzip: one member or many
/// concatenated (a `.warc.gz` holds one member per record), with memory bounded by the chunk
/// size whatever the file's size. A file that does not start with the gzip magic bytes is
/// read as it is.
///
/// ```swift
/// var reader = try GzipReader(path: "crawl.warc.gz")
/// while let chunk = try reader.next() { consume(chunk) }
/// ```
public final class GzipReader {
    /// A file that cannot be read or inflated, with why.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The problem.
        public var problem: String
        public var description: String { problem }
    }

    private let descriptor: Int32
    private let isGzip: Bool
    private var stream = z_stream()
    private var streamOpen = false
    private var input: [UInt8]
    private var output: [UInt8]
    private var inputEnded = false
    /// Whether the last member ended cleanly (no member was cut short).
    private var memberOpen = false
    /// Compressed bytes read from the file so far.
    public private(set) var bytesRead = 0

    /// How many bytes are read from the file at a time.
    public static let chunkSize = 1 << 16

    /// Opens a file.
    ///
    /// - Throws: `Failure` when the file cannot be opened.
    public init(path: String) throws(Failure) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(problem: String(cString: strerror(errno))) }
        input = [UInt8](repeating: 0, count: Self.chunkSize)
        output = [UInt8](repeating: 0, count: Self.chunkSize * 4)
        var magic = [UInt8](repeating: 0, count: 2)
        let got = pread(descriptor, &magic, 2, 0)
        isGzip = got == 2 && magic[0] == 0x1F && magic[1] == 0x8B
        if isGzip {
            guard claimcheck_inflateInitGzip(&stream) == Z_OK else {
                close(descriptor)
                throw Failure(problem: "zlib cannot start inflating")
            }
            streamOpen = true
        }
    }

    deinit {
        if streamOpen { inflateEnd(&stream) }
        close(descriptor)
    }

    /// The next bytes of the (inflated) file, nil at its end.
    ///
    /// - Throws: `Failure` for a read error, corrupt compressed data, or a member cut short.
    public func next() throws(Failure) -> ArraySlice<UInt8>? {
        if !isGzip {
            let count = input.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
            guard count >= 0 else { throw Failure(problem: String(cString: strerror(errno))) }
            bytesRead += count
            return count == 0 ? nil : input[0..<count]
        }
        while true {
            if stream.avail_in == 0 && !inputEnded {
                let count = input.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
                guard count >= 0 else { throw Failure(problem: String(cString: strerror(errno))) }
                bytesRead += count
                if count == 0 { inputEnded = true } else { stream.avail_in = UInt32(count) }
                pendingInputOffset = 0
            }
            if stream.avail_in == 0 && inputEnded {
                if memberOpen { throw Failure(problem: "the gzip data is cut short (truncated file)") }
                return nil
            }
            let (status, produced) = inflateStep()
            switch status {
            case Z_OK, Z_BUF_ERROR:
                memberOpen = true
            case Z_STREAM_END:
                memberOpen = false
                // Another member may follow: start over on the remaining bytes.
                inflateReset(&stream)
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "code \(status)"
                throw Failure(problem: "the gzip data is corrupt (\(message))")
            }
            if produced > 0 { return output[0..<produced] }
            if status == Z_BUF_ERROR && stream.avail_in == 0 && inputEnded {
                throw Failure(problem: "the gzip data is cut short (truncated file)")
            }
        }
    }

    /// Where the unread compressed bytes start in `input`.
    private var pendingInputOffset = 0

    /// Runs `inflate` once on the pending input into `output`.
    private func inflateStep() -> (Int32, Int) {
        let available = Int(stream.avail_in)
        let start = pendingInputOffset
        let capacity = output.count
        let (status, consumed, produced): (Int32, Int, Int) = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress! + start
                stream.avail_in = UInt32(available)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = UInt32(capacity)
                let status = inflate(&stream, Z_NO_FLUSH)
                let consumed = available - Int(stream.avail_in)
                let produced = capacity - Int(stream.avail_out)
                stream.next_in = nil
                stream.next_out = nil
                return (status, consumed, produced)
            }
        }
        pendingInputOffset = start + consumed
        return (status, produced)
    }
}

/// Writes gzip members: what a `.warc.gz` is made of (one member per record, so that a
/// reader can start at any record).
public enum GzipWriter {
    /// The bytes compressed as one gzip member.
    public static func member(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard claimcheck_deflateInitGzip(&stream, level) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var input = bytes
        let bound = Int(deflateBound(&stream, UInt(bytes.count))) + 32
        var output = [UInt8](repeating: 0, count: bound)
        let produced: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = UInt32(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = UInt32(outputBuffer.count)
                _ = deflate(&stream, Z_FINISH)
                return outputBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }
}
