import Foundation

/// A page fetched (or taken from the cache): the bytes and what the server said about them.
public struct FetchedPage: Sendable, Codable, Equatable {
    /// The URL cited.
    public var url: String
    /// The URL after redirects.
    public var finalURL: String
    /// The HTTP status.
    public var status: Int
    /// The response headers, names lower case.
    public var headers: [String: String]
    /// When it was fetched (seconds since 1970).
    public var fetchedAt: Double
    /// The body, decoded from any `Content-Encoding`.
    public var body: [UInt8]

    /// Creates a page.
    public init(url: String, finalURL: String, status: Int, headers: [String: String], fetchedAt: Double, body: [UInt8]) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.headers = headers
        self.fetchedAt = fetchedAt
        self.body = body
    }

    /// The media type of `Content-Type`, lower case (`text/html`).
    public var mediaType: String? {
        headers["content-type"].map { String($0.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// The `charset` parameter of `Content-Type`, if any.
    public var charset: String? { Self.charset(ofContentType: headers["content-type"]) }

    /// The `charset` parameter of a `Content-Type` value.
    static func charset(ofContentType value: String?) -> String? {
        guard let value else { return nil }
        for parameter in value.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let charset = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return charset.isEmpty ? nil : charset
        }
        return nil
    }

    /// Whether the media type is one claimcheck reads: HTML or plain text (or none given).
    public var isReadableType: Bool {
        guard let type = mediaType, !type.isEmpty else { return true }
        return type == "text/html" || type == "application/xhtml+xml" || type == "text/plain"
    }

    /// The file name extension its media type suggests.
    public var fileExtension: String { mediaType == "text/plain" ? "txt" : "html" }
}

/// Why a cited page could not be fetched; its description goes into the finding.
public struct FetchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The reason, in words ("HTTP 404 Not Found", "refused: 127.0.0.1 is a loopback address").
    public var reason: String

    /// Creates a failure.
    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
