import Foundation

/// URLs reduced to one form, so that a draft's link finds the saved page it cites.
///
/// `https://www.LeMonde.fr/a/b.html?utm_source=x#top` and `http://lemonde.fr/a/b.html` are
/// the same page: scheme, `www.`, case of the host, default ports, fragments, tracking
/// parameters (`utm_*`, `fbclid`, `gclid`, `xtor`, …) and a trailing slash do not count.
public enum URLNormalizer {
    /// Query parameters that only track a click.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "msclkid", "xtor", "at_medium", "at_campaign", "ref", "ref_src", "cmpid", "ito",
        "mc_cid", "mc_eid", "igshid", "s_cid", "ncid", "ocid", "smid", "partner", "amp",
    ]

    /// The normalised form of a URL, or nil when the text is not an absolute http(s) URL.
    public static func normalize(_ text: String) -> String? {
        guard var components = URLComponents(string: text.trimmingCharacters(in: .whitespacesAndNewlines)),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let rawHost = components.host, !rawHost.isEmpty
        else { return nil }
        let host = PublisherAliases.host(rawHost)
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        for suffix in ["/index.html", "/index.htm", "/amp"] where path.hasSuffix(suffix) {
            path.removeLast(suffix.count)
        }
        let query = (components.queryItems ?? [])
            .filter { item in
                let name = item.name.lowercased()
                return !name.hasPrefix("utm_") && !trackingParameters.contains(name)
            }
            .sorted { ($0.name, $0.value ?? "") < ($1.name, $1.value ?? "") }
        components.queryItems = nil
        var result = host + path
        if !query.isEmpty {
            result += "?" + query.map { item in item.value.map { "\(item.name)=\($0)" } ?? item.name }.joined(separator: "&")
        }
        return result
    }
}
