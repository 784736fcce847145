import ClaimCheck
import ClaimCheckHTML
import Foundation

/// Fetched pages kept on disk: `<key>.body` and `<key>.json` (status, final URL, headers,
/// fetch time, body length), the key a SHA-1 of the normalised URL. Both files are written
/// atomically (temporary file, then rename), the body first; an entry that does not read
/// back whole (missing, unparsable, wrong length) is treated as absent and refetched.
public struct FetchCache: Sendable {
    /// The folder.
    public var folder: String

    /// Creates a cache in a folder (made when first written).
    public init(folder: String) { self.folder = folder }

    struct Metadata: Codable {
        var url: String
        var finalURL: String
        var status: Int
        var headers: [String: String]
        var fetchedAt: Double
        var length: Int
    }

    /// The key of a URL.
    static func key(_ url: String) -> String {
        SHA1.hex(Array((URLNormalizer.normalize(url) ?? url).utf8))
    }

    /// The entry for a URL, if one reads back whole.
    public func entry(for url: String) -> FetchedPage? {
        let base = folder + "/" + Self.key(url)
        guard let json = try? RegularFile.read(path: base + ".json", maxSize: DocumentReader.defaultMaxSize),
            let metadata = try? JSONDecoder().decode(Metadata.self, from: Data(json)),
            let body = try? RegularFile.read(path: base + ".body", maxSize: max(metadata.length, 0)), body.count == metadata.length
        else { return nil }
        return FetchedPage(
            url: url, finalURL: metadata.finalURL, status: metadata.status, headers: metadata.headers,
            fetchedAt: metadata.fetchedAt, body: body)
    }

    /// Stores a page; a write that fails only loses the cache entry.
    public func store(_ page: FetchedPage) {
        let files = FileManager.default
        try? files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let base = folder + "/" + Self.key(page.url)
        let metadata = Metadata(
            url: page.url, finalURL: page.finalURL, status: page.status, headers: page.headers, fetchedAt: page.fetchedAt,
            length: page.body.count)
        guard let json = try? JSONEncoder().encode(metadata) else { return }
        // Foundation's atomic write goes to a temporary file and renames it.
        do {
            try Data(page.body).write(to: URL(fileURLWithPath: base + ".body"), options: .atomic)
            try json.write(to: URL(fileURLWithPath: base + ".json"), options: .atomic)
        } catch {
            try? files.removeItem(atPath: base + ".json")
        }
    }
}
