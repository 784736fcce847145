import Foundation

/// The article described by a page's JSON-LD (`<script type="application/ld+json">`).
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    var publisher: String?
    var published: String?
    var modified: String?
    var url: String?
    var language: String?

    /// Reads the scripts' JSON; picks the first article-typed object, looking inside arrays
    /// and `@graph` lists, and resolves `{"@id": …}` references to other objects.
    init?(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            let cleaned = script.trimmingWhitespace()
            guard let data = cleaned.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            JSONLDArticle.collect(json, into: &objects)
        }
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
        }
        let article =
            objects.first { JSONLDArticle.types(of: $0).contains(where: ArticleTypes.articles.contains) }
            ?? objects.first { JSONLDArticle.types(of: $0).contains(where: ArticleTypes.pages.contains) && $0["headline"] != nil }
        guard let article else { return nil }
        func resolve(_ value: Any) -> Any {
            if let object = value as? [String: Any], object.count <= 2, let id = object["@id"] as? String, let target = byID[id] {
                return target
            }
            return value
        }
        headline = JSONLDArticle.text(article["headline"]) ?? JSONLDArticle.text(article["name"])
        published = JSONLDArticle.text(article["datePublished"]) ?? JSONLDArticle.text(article["dateCreated"])
        modified = JSONLDArticle.text(article["dateModified"])
        url = JSONLDArticle.text(article["url"]) ?? JSONLDArticle.id(article["mainEntityOfPage"])
        language = JSONLDArticle.text(article["inLanguage"])
        if let publisherValue = article["publisher"] {
            let resolved = JSONLDArticle.list(publisherValue).map(resolve)
            publisher = resolved.lazy.compactMap { JSONLDArticle.name($0) }.first
        }
        for author in JSONLDArticle.list(article["author"] ?? article["creator"] as Any).map(resolve) {
            if let name = JSONLDArticle.name(author), !authors.contains(name) { authors.append(name) }
        }
    }

    /// Flattens arrays and `@graph` lists into objects, without recursion over depth.
    private static func collect(_ json: Any, into objects: inout [[String: Any]]) {
        var pending: [Any] = [json]
        while let next = pending.popLast() {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = next as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
            }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.replacingOccurrences(of: "schema:", with: "")] }
        if let types = object["@type"] as? [Any] { return types.compactMap { $0 as? String } }
        return []
    }

    private static func list(_ value: Any) -> [Any] {
        if let array = value as? [Any] { return array }
        if value is NSNull { return [] }
        return [value]
    }

    private static func text(_ value: Any?) -> String? {
        if let string = value as? String {
            let trimmed = HTMLEntities.decode(string).trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any], let first = array.first { return text(first) }
        if let object = value as? [String: Any] { return text(object["@value"]) ?? text(object["name"]) }
        return nil
    }

    private static func id(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let object = value as? [String: Any] { return text(object["@id"]) ?? text(object["url"]) }
        return nil
    }

    private static func name(_ value: Any) -> String? {
        if let string = value as? String {
            let trimmed = HTMLEntities.decode(string).trimmingWhitespace()
            return trimmed.isEmpty || trimmed.hasPrefix("http") ? nil : trimmed
        }
        if let object = value as? [String: Any] { return text(object["name"]) }
        return nil
    }
}
