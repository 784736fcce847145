import Foundation

/// A news outlet, as attributions and sources name it.
public struct Publisher: Sendable, Hashable {
    /// The outlet's usual name ("Le Monde", "RFI"); also its identity: two names that
    /// resolve to the same publisher compare equal.
    public var name: String

    /// Creates a publisher.
    public init(name: String) {
        self.name = name
    }
}

/// Publisher names and domains, so that "Le Monde", "LeMonde", "lemonde.fr" and a page whose
/// `og:site_name` is "Le Monde.fr" are one outlet.
///
/// Names match after folding case and diacritics and dropping spaces and punctuation (and a
/// leading "the"); domains match on the host and its parents (`www.lemonde.fr` →
/// `lemonde.fr`). The built-in table is `PublisherAliases.builtIn`; configuration and source
/// pages extend it with `adding(_:aliases:domains:)`.
public struct PublisherAliases: Sendable {
    private var byName: [String: Publisher] = [:]
    private var byDomain: [String: Publisher] = [:]

    /// An empty table.
    public init() {}

    /// The table with one more publisher (or more aliases for a known one).
    ///
    /// When any of the names or domains already resolves, the new ones join that publisher;
    /// else `name` is a new publisher.
    public func adding(_ name: String, aliases: [String] = [], domains: [String] = []) -> PublisherAliases {
        var copy = self
        copy.add(name, aliases: aliases, domains: domains)
        return copy
    }

    /// Adds a publisher (or aliases for a known one) in place.
    public mutating func add(_ name: String, aliases: [String] = [], domains: [String] = []) {
        let known = ([name] + aliases).compactMap { publisher(named: $0) }.first
        let resolved = known ?? domains.compactMap { publisher(forHost: $0) }.first ?? Publisher(name: name)
        for alias in [name] + aliases {
            let key = Self.key(alias)
            if !key.isEmpty, byName[key] == nil { byName[key] = resolved }
        }
        for domain in domains {
            let host = Self.host(domain)
            if !host.isEmpty, byDomain[host] == nil { byDomain[host] = resolved }
        }
    }

    /// The publisher a name refers to ("LeMonde", "le monde", "Radio France Internationale"),
    /// or one a domain written as a name refers to ("lemonde.fr").
    public func publisher(named text: String) -> Publisher? {
        if let found = byName[Self.key(text)] { return found }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("."), !trimmed.contains(" ") { return publisher(forHost: trimmed) }
        return nil
    }

    /// The publisher a host or URL belongs to (`www.rfi.fr`, `https://www.lemonde.fr/x`).
    public func publisher(forHost hostOrURL: String) -> Publisher? {
        var host = Self.host(hostOrURL)
        while !host.isEmpty {
            if let found = byDomain[host] { return found }
            guard let dot = host.firstIndex(of: ".") else { break }
            host = String(host[host.index(after: dot)...])
            if !host.contains(".") { break }
        }
        return nil
    }

    /// A name folded for lookup: lower case, no diacritics, letters and digits only, no
    /// leading "the".
    static func key(_ name: String) -> String {
        var folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    /// The lower-cased host of a URL or host name, without `www.` and without a port.
    static func host(_ text: String) -> String {
        var rest = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let scheme = rest.range(of: "://") { rest = String(rest[scheme.upperBound...]) }
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = String(rest[..<end]) }
        if let at = rest.lastIndex(of: "@") { rest = String(rest[rest.index(after: at)...]) }
        if let colon = rest.lastIndex(of: ":") { rest = String(rest[..<colon]) }
        for prefix in ["www.", "www1.", "www2.", "m.", "amp."] where rest.hasPrefix(prefix) {
            rest.removeFirst(prefix.count)
            break
        }
        return rest.hasSuffix(".") ? String(rest.dropLast()) : rest
    }
}
