import ClaimCheckHTML

extension SourceStore {
    /// The source a draft's link points to: by normalised URL (canonical or page URL), else
    /// by the same host and path ignoring the query; nil when none matches.
    public func source(forLink link: String) -> Source? {
        guard let normalized = URLNormalizer.normalize(link) else { return nil }
        if let id = byURL[normalized] { return sources[id] }
        if let ids = byHostPath[Self.hostPath(normalized)], let first = ids.first { return sources[first] }
        return nil
    }

    /// The sources a publisher published, in load order.
    public func sources(for publisher: Publisher) -> [Source] {
        sources.filter { $0.publisher == publisher }
    }

    /// The sources on a host or its subdomains (`lemonde.fr` finds `www.lemonde.fr` and
    /// `abonnes.lemonde.fr` pages), in load order.
    public func sources(forHost hostOrURL: String) -> [Source] {
        let host = PublisherAliases.host(hostOrURL)
        guard !host.isEmpty else { return [] }
        return sources.filter { source in
            guard let own = source.host else { return false }
            return own == host || own.hasSuffix("." + host)
        }
    }

    /// The source with an id, if any.
    public func source(id: Int) -> Source? {
        sources.indices.contains(id) ? sources[id] : nil
    }
}
