import ClaimCheck
import ClaimCheckFetch

/// Two small fetched pages (an HTML page, and a plain-text page reached by a redirect) that WARC
/// tests write and read back.
public enum WARCSamples {
    /// The pages.
    public static let pages = [
        FetchedPage(
            url: "https://news.example/a", finalURL: "https://news.example/a", status: 200,
            headers: ["content-type": "text/html; charset=utf-8", "content-encoding": "gzip"], fetchedAt: 1_700_000_000,
            body: Array("<html><body><p>The city counted 4,200 residents.</p></body></html>".utf8)),
        FetchedPage(
            url: "https://news.example/old", finalURL: "https://news.example/b?x=1", status: 200,
            headers: ["content-type": "text/plain"], fetchedAt: 1_700_000_100, body: Array("Plain words.\n".utf8)),
    ]
}

/// Structural checks of WARC records: version fields, ids, and both digests.
public enum WARCValidation {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    public static func validate(_ records: [WARCRecord]) throws {
        guard records.first?.type == "warcinfo" else { throw Problem(description: "the first record is not warcinfo") }
        var ids: Set<String> = []
        for record in records {
            guard let id = record["WARC-Record-ID"], id.hasPrefix("<urn:uuid:"), ids.insert(id).inserted else {
                throw Problem(description: "bad or repeated record id")
            }
            guard record["WARC-Date"] != nil, Int(record["Content-Length"] ?? "") == record.block.count else {
                throw Problem(description: "missing date or wrong length")
            }
            guard record["WARC-Block-Digest"] == WARCWriter.digest(record.block) else { throw Problem(description: "block digest") }
            if record.type == "response" {
                guard record["Content-Type"] == "application/http; msgtype=response", record["WARC-Target-URI"] != nil,
                    record["WARC-Payload-Digest"] == WARCWriter.digest(record.payload)
                else { throw Problem(description: "response fields or payload digest") }
            }
        }
    }
}
