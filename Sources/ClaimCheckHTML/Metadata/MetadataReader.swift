import Foundation

/// Turns what a page says about itself (JSON-LD, OpenGraph and other meta tags, `<time>`,
/// `<link rel=canonical>`, `<html lang>`) into `Metadata`, best source first.
enum MetadataReader {
    /// Meta tag names for each field, best first (lower case).
    static let titleKeys = ["og:title", "twitter:title", "dc.title", "citation_title", "headline"]
    static let publisherKeys = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"]
    static let authorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "byline", "citation_author", "creator"]
    static let publishedKeys = ["article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date", "dcterms.created"]
    static let modifiedKeys = ["article:modified_time", "datemodified", "og:updated_time", "last-modified", "dcterms.modified"]
    static let languageKeys = ["og:locale", "content-language", "language", "dc.language", "inlanguage"]

    /// Reads the metadata of a page.
    ///
    /// - Parameter url: the URL the page was fetched from, when the caller knows it.
    static func read(_ raw: RawMetadata, url: String?) -> Metadata {
        let article = JSONLDArticle(scripts: raw.jsonLD)
        func meta(_ keys: [String]) -> String? {
            for key in keys {
                if let value = raw.meta.first(where: { $0.key == key })?.value.trimmingWhitespace(), !value.isEmpty {
                    return value
                }
            }
            return nil
        }
        var metadata = Metadata()
        let ogURL = meta(["og:url", "twitter:url"])
        metadata.canonicalURL = raw.canonical.flatMap { resolve($0, against: url ?? ogURL) } ?? ogURL
        metadata.url = url ?? ogURL ?? article?.url ?? metadata.canonicalURL
        metadata.title = article?.headline ?? meta(titleKeys) ?? raw.title.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.flatMap { $0.isEmpty ? nil : $0 }
        metadata.publisher = article?.publisher ?? meta(publisherKeys).map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        var authors = article?.authors ?? []
        if authors.isEmpty {
            for key in authorKeys {
                for pair in raw.meta where pair.key == key {
                    let name = pair.value.trimmingWhitespace()
                    if !name.isEmpty, !name.hasPrefix("http"), !authors.contains(name) { authors.append(name) }
                }
                if !authors.isEmpty { break }
            }
        }
        if authors.isEmpty {
            for name in raw.authorNames where !authors.contains(name) { authors.append(name) }
        }
        metadata.authors = authors
        metadata.published = article?.published ?? meta(publishedKeys) ?? raw.times.first?.datetime
        metadata.modified = article?.modified ?? meta(modifiedKeys)
        let language = raw.language.flatMap { $0.isEmpty ? nil : $0 } ?? meta(languageKeys) ?? article?.language
        metadata.language = language.map { $0.replacingOccurrences(of: "_", with: "-") }
        return metadata
    }

    /// Resolves a possibly relative URL against a base URL, when both make sense.
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingWhitespace()
        guard let base, let baseURL = URL(string: base), let resolved = URL(string: trimmed, relativeTo: baseURL) else {
            return trimmed
        }
        return resolved.absoluteString
    }
}
