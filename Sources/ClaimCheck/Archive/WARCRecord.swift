import Foundation

/// One WARC record: its header fields, in order, and its block.
public struct WARCRecord: Sendable, Equatable {
    /// Header fields in order (`WARC-Type`, `WARC-Target-URI`, …).
    public var fields: [(name: String, value: String)]
    /// The block (for a response: the HTTP status line, headers and payload).
    public var block: [UInt8]

    /// Creates a record.
    public init(fields: [(name: String, value: String)], block: [UInt8]) {
        self.fields = fields
        self.block = block
    }

    /// The first field with a name (case-insensitive).
    public subscript(name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// `WARC-Type`.
    public var type: String? { self["WARC-Type"] }

    /// The HTTP payload of a response block: what follows the blank line after the headers.
    public var payload: [UInt8] {
        guard let end = WARCReader.headerEnd(block, from: 0) else { return [] }
        return Array(block[end...])
    }

    /// The HTTP headers of a response block, names lower case.
    public var httpHeaders: [String: String] {
        guard let end = WARCReader.headerEnd(block, from: 0) else { return [:] }
        var headers: [String: String] = [:]
        for line in String(decoding: block[..<end], as: UTF8.self).split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return headers
    }

    /// The record as WARC 1.1 bytes: version line, fields, blank line, block, two CRLFs.
    /// (A `.warc.gz` holds each record's bytes as its own gzip member: `GzipWriter.member`.)
    public var bytes: [UInt8] {
        var head = "WARC/1.1\r\n"
        for field in fields { head += "\(field.name): \(field.value)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    public static func == (a: WARCRecord, b: WARCRecord) -> Bool {
        a.block == b.block && a.fields.map(\.name) == b.fields.map(\.name) && a.fields.map(\.value) == b.fields.map(\.value)
    }
}
