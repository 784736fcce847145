import ClaimCheckEvaluation
import Foundation

/// A published news page from the dev half of an extraction set, checked as if it were a draft.
struct RealNewsPage: Sendable {
    /// The extraction set (`fundus`, `scrapinghub`, `trafilatura`).
    var set: String
    /// The page's id in its set.
    var id: String
    /// The set's language label (`en`, `fr`).
    var language: String
    /// The saved HTML.
    var path: String
}

/// The dev pages `claimcheck-eval realnews` checks: professionally edited articles in English
/// and French from three extraction sets (readability's test pages are feature tests, not news).
enum RealNewsPages {
    /// The sets read, in the order reported.
    static let sets = ["fundus", "scrapinghub", "trafilatura"]
    /// The languages kept.
    static let languages: Set<String> = ["en", "fr"]

    /// Every dev page of the sets under `root` (`../shared/eval/extraction`) in English or French.
    static func load(from root: String) throws -> [RealNewsPage] {
        try sets.flatMap { set in
            try ExtractionSets.load(set, from: root)
                .filter { languages.contains($0.language) }
                .map { RealNewsPage(set: $0.set, id: $0.id, language: $0.language, path: $0.htmlPath) }
        }
    }
}
