import ClaimCheckHTML

/// The sources given to a check, indexed by URL, host and publisher.
///
/// ```swift
/// let (store, failures) = SourceStore.load(paths: ["fixtures/seed/sources"])
/// for failure in failures { print("claimcheck: warning: \(failure)") }
/// let cited = store.source(forLink: "https://www.lemonde.fr/international/article/…")
/// ```
///
/// Loading teaches the store's `aliases` each page's own publisher name and domain, so a
/// draft's "according to Example News" resolves even for an outlet claimcheck did not know.
public struct SourceStore: Sendable {
    /// The sources, in load order; `sources[i].id == i`.
    public private(set) var sources: [Source] = []
    /// The publisher aliases, extended with the sources' own names and domains.
    public private(set) var aliases: PublisherAliases
    /// Normalised canonical URL or page URL → source id.
    var byURL: [String: Int] = [:]
    /// Host and path (no query) → source ids.
    var byHostPath: [String: [Int]] = [:]
    /// Normalised URL → why `--fetch` could not fetch it.
    public internal(set) var unavailable: [String: String] = [:]

    /// An empty store.
    public init(aliases: PublisherAliases = .builtIn) {
        self.aliases = aliases
    }

    /// A store of documents already read (their `path` names them).
    public init(documents: [Document], aliases: PublisherAliases = .builtIn) {
        self.aliases = aliases
        for document in documents { add(document) }
    }

    /// Reads every page under `paths` (files, or folders searched recursively) into a store.
    ///
    /// Folders contribute their `.html`, `.htm`, `.txt`, `.md` and extension-less files,
    /// sorted by path, hidden files and folders skipped (a link whose target is gone is kept,
    /// and fails as `.notFound`); a file named directly is read whatever its name. A page that cannot be read becomes a `SourceFailure` and the rest
    /// still load.
    ///
    /// - Parameter parallel: read the pages on all cores (off when the caller already runs
    ///   several checks at once).
    /// - Returns: the store, and the files that failed in the order met.
    public static func load(
        paths: [String], reader: DocumentReader = DocumentReader(), aliases: PublisherAliases = .builtIn,
        parallel: Bool = true
    ) -> (store: SourceStore, failures: [SourceFailure]) {
        let files = SourceFiles.list(paths)
        let prepared = ParallelMap.map(files, parallel: parallel) { file -> Result<[Source], SourceFailure> in
            if let error = file.error { return .failure(SourceFailure(path: file.path, error: error)) }
            do throws(ReadError) {
                if file.path.lowercased().hasSuffix(".warc") || file.path.lowercased().hasSuffix(".warc.gz") {
                    return .success(try WARCSources.read(path: file.path, reader: reader).map(Source.init(preparing:)))
                }
                if file.url != nil || file.charset != nil {
                    return .success([Source(preparing: try SnapshotIndex.read(file, reader: reader))])
                }
                return .success([Source(preparing: try reader.read(path: file.path))])
            } catch {
                return .failure(SourceFailure(path: file.path, error: error))
            }
        }
        var store = SourceStore(aliases: aliases)
        var failures: [SourceFailure] = []
        for result in prepared {
            switch result {
            case .success(let sources): for source in sources { store.add(prepared: source) }
            case .failure(let failure): failures.append(failure)
            }
        }
        return (store, failures)
    }

    /// Records why a cited link could not be fetched; its `source-unavailable` finding says so.
    public mutating func markUnavailable(_ link: String, reason: String) {
        unavailable[URLNormalizer.normalize(link) ?? link] = reason
    }

    /// Why a link could not be fetched, if `--fetch` tried and failed.
    public func unavailableReason(forLink link: String) -> String? {
        unavailable[URLNormalizer.normalize(link) ?? link]
    }

    /// Adds a document as the next source and returns its id.
    @discardableResult
    public mutating func add(_ document: Document) -> Int {
        add(prepared: Source(preparing: document))
    }

    /// Adds a source prepared by `Source(preparing:)` and returns its id.
    @discardableResult
    mutating func add(prepared: Source) -> Int {
        var source = prepared
        let id = sources.count
        learnPublisher(of: source.document)
        source.settle(id: id, aliases: aliases)
        for url in [source.canonicalURL, source.url].compactMap({ $0 }) {
            if byURL[url] == nil { byURL[url] = id }
            let key = Self.hostPath(url)
            if !(byHostPath[key]?.contains(id) ?? false) { byHostPath[key, default: []].append(id) }
        }
        sources.append(source)
        return id
    }

    /// Teaches the aliases a page's own site name and domain.
    private mutating func learnPublisher(of document: Document) {
        let metadata = document.metadata
        let domains = [metadata.canonicalURL, metadata.url].compactMap { $0 }.map(PublisherAliases.host)
            .filter { $0.contains(".") }
        if let name = metadata.publisher?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty {
            aliases.add(name, domains: domains)
        } else if let domain = domains.first, aliases.publisher(forHost: domain) == nil {
            aliases.add(domain, domains: [domain])
        }
    }

    /// A normalised URL without its query: `host/path`.
    static func hostPath(_ normalized: String) -> String {
        String(normalized.prefix(while: { $0 != "?" }))
    }

    /// All passages of all sources, in source order.
    public var passages: [Passage] { sources.flatMap(\.passages) }
}
