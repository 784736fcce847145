import ClaimCheckHTML
import Foundation

/// The index of a snapshot folder written by `claimcheck fetch --out`:
/// `claimcheck-sources.json`, mapping each saved file to the URL it was fetched from and the
/// charset its server declared, so that `--sources DIR` finds the page by its cited link.
public struct SnapshotIndex: Codable, Sendable {
    /// The index file's name.
    public static let fileName = "claimcheck-sources.json"

    /// One saved page.
    public struct Page: Codable, Sendable, Equatable {
        /// The file, relative to the folder.
        public var file: String
        /// The URL cited (the one `source(forLink:)` is asked for).
        public var url: String
        /// The URL after redirects.
        public var finalURL: String
        /// The charset of the `Content-Type` header, if any.
        public var charset: String?

        /// Creates an entry.
        public init(file: String, url: String, finalURL: String, charset: String?) {
            self.file = file
            self.url = url
            self.finalURL = finalURL
            self.charset = charset
        }
    }

    /// The pages, in the order fetched.
    public var pages: [Page]

    /// Creates an index.
    public init(pages: [Page]) { self.pages = pages }

    /// The index of a folder, by file; empty when it has none or it does not parse.
    static func load(folder: String) -> [String: Page] {
        guard let bytes = try? RegularFile.read(path: folder + "/" + fileName, maxSize: DocumentReader.defaultMaxSize),
            let index = try? JSONDecoder().decode(SnapshotIndex.self, from: Data(bytes))
        else { return [:] }
        return Dictionary(index.pages.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads a file listed in an index, with its URL and charset.
    static func read(_ entry: SourceFiles.Entry, reader: DocumentReader) throws(ReadError) -> Document {
        let data = try RegularFile.read(path: entry.path, maxSize: reader.maxSize)
        let mediaType = entry.path.lowercased().hasSuffix(".txt") ? "text/plain" : "text/html"
        return try FetchedPageReader.read(
            data, path: entry.path, url: entry.url, charset: entry.charset, mediaType: mediaType, reader: reader)
    }
}
