import ClaimCheckHTML
import ClaimCheckText

/// A saved page given with `--sources`: the document, who published it, where it lives on
/// the web, its language and its passages.
public struct Source: Sendable {
    /// The source's position in its store (`SourceStore.sources[id]`).
    public var id: Int
    /// The file it was read from.
    public var path: String
    /// What the reader found in it.
    public var document: Document
    /// The outlet, from the page's own metadata (site name, JSON-LD publisher) through the
    /// aliases, else from its domain; nil when the page names neither.
    public var publisher: Publisher?
    /// The host of its canonical URL (else of `og:url`), without `www.`; nil when unknown.
    public var host: String?
    /// The normalised canonical URL (`URLNormalizer`), if the page gives one.
    public var canonicalURL: String?
    /// The normalised page URL (`og:url`, JSON-LD `url`), if the page gives one.
    public var url: String?
    /// The text's language: the page's `lang` (its prefix), else a guess from the text.
    public var language: Language
    /// Its sentences and two-sentence windows, with figures and dates.
    public var passages: [Passage]

    /// The URL to show for the source: the page's canonical URL as written, else its URL.
    public var displayURL: String? { document.metadata.canonicalURL ?? document.metadata.url }

    /// A source read from a document: language and passages found, no id or publisher yet
    /// (`SourceStore` assigns them, in order, after teaching its aliases the page's name).
    ///
    /// This is the costly part of loading (sentences, figures, dates); it needs nothing
    /// shared, so pages are prepared in parallel.
    init(preparing document: Document) {
        id = -1
        path = document.path
        self.document = document
        let metadata = document.metadata
        canonicalURL = metadata.canonicalURL.flatMap(URLNormalizer.normalize)
        url = metadata.url.flatMap(URLNormalizer.normalize)
        let rawHost = (metadata.canonicalURL ?? metadata.url).map(PublisherAliases.host)
        host = rawHost?.isEmpty == false ? rawHost : nil
        publisher = nil
        language = Self.language(of: document)
        passages = Passage.passages(of: document, sourceID: -1, language: language)
    }

    /// Gives the source its id and resolves its publisher through `aliases`: the page's own
    /// name first, else its host.
    mutating func settle(id: Int, aliases: PublisherAliases) {
        self.id = id
        for i in passages.indices { passages[i].sourceID = id }
        publisher =
            document.metadata.publisher.flatMap { aliases.publisher(named: $0) }
            ?? host.flatMap { aliases.publisher(forHost: $0) }
    }

    /// The text folded for quote lookups (see `SourceStore.contains(quote:inSource:)`),
    /// computed on first use and kept.
    var quoteText: String {
        quoteCache.value { QuoteText.folded(document.paragraphs.map(\.text).joined(separator: " ")) }
    }
    /// Shared by copies of the source; filled on the first quote lookup.
    private let quoteCache = QuoteText.Cache()

    /// The page's declared language when English or French, else a guess from its text.
    static func language(of document: Document) -> Language {
        if let tag = document.metadata.language?.lowercased() {
            let prefix = String(tag.prefix(while: { $0.isLetter }))
            if let known = Language(rawValue: prefix) { return known }
        }
        var sample = ""
        for paragraph in document.paragraphs {
            sample += paragraph.text + " "
            if sample.count > 4_000 { break }
        }
        return Language.detect(sample)
    }
}
