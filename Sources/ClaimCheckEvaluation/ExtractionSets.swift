import Foundation

/// One page of an extraction set with its gold standard.
public struct ExtractionPage: Sendable {
    /// What the page's gold standard is.
    public enum Gold: Sendable {
        /// The full main text (scrapinghub, readability, fundus).
        case text(String)
        /// Snippets that must and must not be in the main text (trafilatura).
        case snippets(with: [String], without: [String])
    }

    /// The set's name (`scrapinghub`, …).
    public var set: String
    /// The page's id in the set's `index.json`.
    public var id: String
    /// The language the set gives the page (`en`, `fr`, …; `und` when unknown).
    public var language: String
    /// Where the HTML file is.
    public var htmlPath: String
    /// The gold standard.
    public var gold: Gold
    /// Readability's synthetic feature tests, reported apart.
    public var synthetic = false
    /// The expected metadata, where the set gives it (fundus).
    public var metadata: ExpectedMetadata?
}

/// Metadata a set expects the reader to find.
public struct ExpectedMetadata: Sendable {
    /// The headline.
    public var title: String?
    /// The authors' names.
    public var authors: [String]
    /// The publication date, as the set writes it (`2024-01-07 01:20:00+00:00`).
    public var published: String?
}

/// Loads the `split: dev` entries of the four sets under `extraction/`.
public enum ExtractionSets {
    /// The four sets, in report order.
    public static let names = ["scrapinghub", "readability", "fundus", "trafilatura"]

    /// The dev pages of one set, with their gold standard.
    public static func load(_ set: String, from root: String) throws -> [ExtractionPage] {
        let folder = root + "/" + set
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/index.json"))
        guard let entries = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        var pages: [ExtractionPage] = []
        for entry in entries where (entry["split"] as? String) == "dev" {
            let id = entry["id"] as? String ?? "?"
            let language = (entry["lang"] as? String) ?? (entry["lang_guess"] as? String) ?? "und"
            switch set {
            case "scrapinghub":
                guard let html = entry["html"] as? String, let expected = entry["expected"] as? String else { continue }
                let gold = try String(contentsOfFile: folder + "/" + expected, encoding: .utf8)
                pages.append(ExtractionPage(set: set, id: id, language: language, htmlPath: folder + "/" + html, gold: .text(gold)))
            case "readability":
                guard let html = entry["source"] as? String, let expected = entry["expected_txt"] as? String else { continue }
                let gold = try String(contentsOfFile: folder + "/" + expected, encoding: .utf8)
                pages.append(ExtractionPage(set: set, id: id, language: language, htmlPath: folder + "/" + html, gold: .text(gold), synthetic: entry["synthetic_feature_test"] as? Bool ?? false))
            case "fundus":
                guard let html = entry["html"] as? String, let expected = entry["expected"] as? String else { continue }
                let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/" + expected))) as? [String: Any]
                let gold = json?["body_text"] as? String ?? ""
                let metadata = ExpectedMetadata(title: json?["title"] as? String, authors: json?["authors"] as? [String] ?? [], published: json?["publishing_date"] as? String)
                pages.append(ExtractionPage(set: set, id: id, language: language, htmlPath: folder + "/" + html, gold: .text(gold), metadata: metadata))
            default:
                guard let html = entry["html"] as? String else { continue }
                let with = entry["with"] as? [String] ?? []
                let without = entry["without"] as? [String] ?? []
                pages.append(ExtractionPage(set: set, id: id, language: language, htmlPath: folder + "/" + html, gold: .snippets(with: with, without: without)))
            }
        }
        return pages
    }
}
