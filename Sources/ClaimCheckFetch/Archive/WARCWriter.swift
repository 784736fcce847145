import ClaimCheck
import ClaimCheckHTML
import Foundation

/// Writes fetched pages as a WARC 1.1 file: a `warcinfo` record, then per page a `request`
/// and a `response` record (block and payload SHA-1 digests, base32).
public enum WARCWriter {
    /// The digest WARC records carry for bytes: `sha1:` and the SHA-1 in base32.
    public static func digest(_ bytes: [UInt8]) -> String { SHA1.warcDigest(bytes) }

    /// The records for pages, `warcinfo` first.
    public static func records(for pages: [FetchedPage], userAgent: String, date: Date = Date()) -> [WARCRecord] {
        let info = Array("software: claimcheck/\(ClaimCheck.version)\r\nformat: WARC File Format 1.1\r\n".utf8)
        var records = [record(type: "warcinfo", uri: nil, date: date, contentType: "application/warc-fields", block: info)]
        for page in pages {
            let pageDate = Date(timeIntervalSince1970: page.fetchedAt)
            let url = URL(string: page.finalURL)
            var path = url?.path ?? "/"
            if path.isEmpty { path = "/" }
            if let query = url?.query { path += "?" + query }
            let host = url?.host ?? ""
            let portSuffix = url?.port.map { ":\($0)" } ?? ""
            let request = "GET \(path) HTTP/1.1\r\nHost: \(host)\(portSuffix)\r\nUser-Agent: \(userAgent)\r\n\r\n"
            let requestRecord = record(
                type: "request", uri: page.finalURL, date: pageDate, contentType: "application/http; msgtype=request",
                block: Array(request.utf8))
            // The body is stored decoded, so Content-Encoding and Content-Length are restated.
            var head = "HTTP/1.1 \(page.status) \(HTTPStatus.reason(page.status))\r\n"
            for (name, value) in page.headers.sorted(by: { $0.key < $1.key })
            where !["content-encoding", "content-length", "transfer-encoding"].contains(name) {
                head += "\(name): \(value)\r\n"
            }
            head += "content-length: \(page.body.count)\r\n\r\n"
            var response = record(
                type: "response", uri: page.finalURL, date: pageDate, contentType: "application/http; msgtype=response",
                block: Array(head.utf8) + page.body)
            response.fields.insert(("WARC-Payload-Digest", SHA1.warcDigest(page.body)), at: response.fields.count - 2)
            response.fields.insert(("WARC-Concurrent-To", requestRecord["WARC-Record-ID"] ?? ""), at: 3)
            if page.url != page.finalURL { response.fields.insert(("WARC-Claimcheck-Cited-URI", page.url), at: 3) }
            records += [requestRecord, response]
        }
        return records
    }

    static func record(type: String, uri: String?, date: Date, contentType: String, block: [UInt8]) -> WARCRecord {
        var fields: [(name: String, value: String)] = [("WARC-Type", type)]
        fields.append(("WARC-Record-ID", "<urn:uuid:\(UUID().uuidString.lowercased())>"))
        fields.append(("WARC-Date", iso8601(date)))
        if let uri { fields.append(("WARC-Target-URI", uri)) }
        fields.append(("Content-Type", contentType))
        fields.append(("WARC-Block-Digest", SHA1.warcDigest(block)))
        fields.append(("Content-Length", String(block.count)))
        return WARCRecord(fields: fields, block: block)
    }

    /// The bytes of records as a WARC file.
    public static func bytes(of records: [WARCRecord]) -> [UInt8] {
        records.flatMap(\.bytes)
    }

    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// Reason phrases for the status lines of archived responses.
enum HTTPStatus {
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 203: return "Non-Authoritative Information"
        default: return "Status"
        }
    }
}
