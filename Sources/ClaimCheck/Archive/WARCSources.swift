import ClaimCheckHTML
import Foundation

/// The pages of a WARC file as sources: each `response` record with a 2xx status whose
/// payload is HTML or text, named `FILE#<target URI>`, its URL the cited URI claimcheck
/// recorded (else the target URI), its charset from the archived `Content-Type`.
enum WARCSources {
    static func read(path: String, reader: DocumentReader) throws(ReadError) -> [Document] {
        if path.lowercased().hasSuffix(".gz") { throw .unreadable(".warc.gz is not supported: gunzip it first") }
        let data = try RegularFile.read(path: path, maxSize: reader.maxSize)
        let records: [WARCRecord]
        do throws(WARCReader.Failure) {
            records = try WARCReader.records(data)
        } catch {
            throw .unreadable(error.description)
        }
        var documents: [Document] = []
        for record in records where record.type == "response" {
            guard let target = record["WARC-Target-URI"] else { continue }
            let headers = record.httpHeaders
            let page = FetchedPage(url: target, finalURL: target, status: 200, headers: headers, fetchedAt: 0, body: record.payload)
            guard page.isReadableType, !page.body.isEmpty else { continue }
            let url = record["WARC-Claimcheck-Cited-URI"] ?? target
            documents.append(
                try FetchedPageReader.read(
                    page.body, path: path + "#" + target, url: url, charset: page.charset, mediaType: page.mediaType, reader: reader))
        }
        return documents
    }
}
