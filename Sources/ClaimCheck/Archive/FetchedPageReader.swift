import ClaimCheckHTML

/// Reads fetched or archived bytes as a document: the charset of the HTTP header goes to the
/// reader, the media type picks HTML or text, and the URL is kept even for a text page
/// (whose reader has no place for it), so that `source(forLink:)` finds it.
enum FetchedPageReader {
    static func read(
        _ bytes: [UInt8], path: String, url: String?, charset: String?, mediaType: String?, reader: DocumentReader
    ) throws(ReadError) -> Document {
        var reader = reader
        reader.declaredCharset = charset
        reader.format = mediaType == "text/plain" ? .text : .html
        var document = try reader.read(bytes: bytes, path: path, url: url)
        if document.metadata.url == nil, let url { document.metadata.url = url }
        return document
    }
}
