import ClaimCheckHTML

/// Supplies the pages that drafts cite but the given sources lack — for example by fetching
/// them (`ClaimCheckFetch.FetchRun`). The core library never touches the network itself.
public protocol CitedPageProvider: Sendable {
    /// The page behind each link, or why it could not be had, in the order of `links`.
    func pages(for links: [String]) -> [(link: String, result: Result<FetchedPage, FetchFailure>)]
}

/// The links drafts cite that the sources do not provide, obtained from a provider and added
/// to the store; those that fail are marked unavailable with their reason.
public struct CitedPages {
    /// The check options (publisher aliases and tolerance used to find citations).
    public var options: CheckOptions
    /// Where the missing pages come from.
    public var provider: any CitedPageProvider

    /// Creates the step for a provider.
    public init(options: CheckOptions, provider: any CitedPageProvider) {
        self.options = options
        self.provider = provider
    }

    /// The cited links of drafts (specific attributions with a link), in order, once each.
    /// Drafts that cannot be read are passed to `unreadable` (the check reports them itself).
    public static func links(
        citedBy drafts: [String], reader: DocumentReader, options: CheckOptions, unreadable: (String, ReadError) -> Void = { _, _ in }
    ) -> [String] {
        var links: [String] = []
        var seen: Set<String> = []
        let finder = ClaimFinder(aliases: options.aliases, tolerance: options.tolerance, vaguePhrases: options.vagueAttributions)
        for path in drafts {
            let document: Document
            let text: String
            do throws(ReadError) {
                (document, text) = try reader.readWithText(path: path)
            } catch {
                unreadable(path, error)
                continue
            }
            for claim in finder.claims(in: document, fileText: text) {
                for attribution in claim.attributions where attribution.kind == .specific {
                    if let href = attribution.href, seen.insert(href).inserted { links.append(href) }
                }
            }
        }
        return links
    }

    /// Adds the pages the drafts cite and the store lacks; marks the links that failed.
    public func add(citedBy drafts: [String], to store: inout SourceStore, reader: DocumentReader) {
        let missing = Self.links(citedBy: drafts, reader: reader, options: options).filter { store.source(forLink: $0) == nil }
        for (link, result) in provider.pages(for: missing) {
            switch result {
            case .success(let page):
                do throws(ReadError) {
                    store.add(try Self.document(of: page, reader: reader))
                } catch {
                    store.markUnavailable(link, reason: "the page cannot be read: \(error)")
                }
            case .failure(let failure):
                store.markUnavailable(link, reason: failure.reason)
            }
        }
    }

    /// A fetched page read as a document: its path is its URL, its charset the header's.
    public static func document(of page: FetchedPage, reader: DocumentReader) throws(ReadError) -> Document {
        try FetchedPageReader.read(
            page.body, path: page.url, url: page.url, charset: page.charset, mediaType: page.mediaType, reader: reader)
    }
}
