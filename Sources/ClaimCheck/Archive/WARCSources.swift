import ClaimCheckHTML
import Foundation

/// The pages of a WARC file (plain or `.warc.gz`) as sources: each `response` record with a 2xx status whose
/// payload is HTML or text, named `FILE#<target URI>`, its URL the cited URI claimcheck
/// recorded (else the target URI), its charset from the archived `Content-Type`.
enum WARCSources {
    static func read(path: String, reader: DocumentReader) throws(ReadError) -> [Document] {
        switch RegularFile.kind(of: path) {
        case .missing: throw .notFound
        case .directory: throw .isDirectory
        case .other: throw .notRegularFile
        case .regular: break
        }
        var documents: [Document] = []
        let stream: WARCStream
        do throws(WARCReader.Failure) {
            stream = try WARCStream(path: path)
        } catch {
            throw .unreadable(error.description)
        }
        while true {
            let next: WARCRecord?
            do throws(WARCReader.Failure) {
                next = try stream.next()
            } catch {
                throw .unreadable(error.description)
            }
            guard let record = next else { break }
            guard record.type == "response" else { continue }
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
