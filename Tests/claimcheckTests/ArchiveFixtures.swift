import ClaimCheck
import ClaimCheckTestSupport
import Foundation

/// A generated web archive for the `--warc` tests: `count` records in a repeating pattern
/// (a `request`, then a `response` that is HTML three times out of four, else an image or
/// JSON), each record its own gzip member, as crawlers write `.warc.gz`.
enum ArchiveFixtures {
    /// The HTML page of article `n`: a byline, two figures (one attributed, one not).
    static func page(_ n: Int) -> String {
        """
        <!doctype html><html lang="en"><head><title>Harbour report number \(n)</title>
        <meta property="og:site_name" content="Coast Daily"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Harbour report number \(n)</h1>
        <p>About \(200 + n % 50) boats left the harbour on 4 May 2024, according to the port authority.</p>
        <p>Up to \(30 + n % 9) of them were fishing boats, reportedly, and \(n % 5 + 2) returned before noon.</p>
        </article><footer>Contact us</footer></body></html>

        """
    }

    /// The record id of record `n`.
    static func recordID(_ n: Int) -> String {
        String(format: "<urn:uuid:00000000-0000-4000-8000-%012d>", n)
    }

    /// The article id `batch --warc` gives record `n`.
    static func articleID(_ n: Int) -> String {
        String(format: "00000000-0000-4000-8000-%012d", n)
    }

    /// Whether record `n` is an HTML response.
    static func isHTML(_ n: Int) -> Bool { n % 2 == 1 && n % 8 != 7 }

    /// The records: even `n` a request, odd `n` a response (HTML unless `n % 8 == 7`).
    static func record(_ n: Int) -> WARCRecord {
        let uri = "https://coast.example/news/\(n / 2)"
        if n % 2 == 0 {
            let block = Array("GET /news/\(n / 2) HTTP/1.1\r\nHost: coast.example\r\n\r\n".utf8)
            return WARCRecord(fields: fields("request", n, uri, "application/http; msgtype=request", block.count), block: block)
        }
        let (type, body): (String, [UInt8]) =
            isHTML(n)
            ? ("text/html; charset=utf-8", Array(page(n).utf8))
            : (n % 16 == 7 ? "image/png" : "application/json", n % 16 == 7 ? [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3] : Array("{\"n\": \(n)}".utf8))
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
        return WARCRecord(fields: fields("response", n, uri, "application/http; msgtype=response", block.count), block: block)
    }

    private static func fields(_ type: String, _ n: Int, _ uri: String, _ contentType: String, _ length: Int) -> [(name: String, value: String)] {
        [
            ("WARC-Type", type), ("WARC-Record-ID", recordID(n)), ("WARC-Date", "2024-05-04T12:00:00Z"), ("WARC-Target-URI", uri),
            ("Content-Type", contentType), ("Content-Length", String(length)),
        ]
    }

    /// Writes records `0..<count` as a `.warc.gz` (one gzip member per record); returns its path.
    static func write(count: Int, in folder: TemporaryFolder, name: String = "crawl.warc.gz") throws -> String {
        var bytes: [UInt8] = []
        for n in 0..<count { bytes += GzipWriter.member(record(n).bytes) }
        return try folder.file(name, bytes: bytes)
    }
}
