import ClaimCheckHTML

/// The links drafts cite that the sources do not provide, fetched and added to the store;
/// those that fail are marked unavailable with their reason.
struct CitedPages {
    var options: CheckOptions
    var settings: FetchSettings

    /// The cited links of drafts (specific attributions with a link), in order, once each.
    /// Drafts that cannot be read are passed to `unreadable` (the check reports them itself).
    static func links(
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

    func add(citedBy drafts: [String], to store: inout SourceStore, reader: DocumentReader) {
        let missing = Self.links(citedBy: drafts, reader: reader, options: options).filter { store.source(forLink: $0) == nil }
        for (link, result) in FetchRun(settings: settings).fetch(missing) {
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
    static func document(of page: FetchedPage, reader: DocumentReader) throws(ReadError) -> Document {
        try FetchedPageReader.read(
            page.body, path: page.url, url: page.url, charset: page.charset, mediaType: page.mediaType, reader: reader)
    }
}
