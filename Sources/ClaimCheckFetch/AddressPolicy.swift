import ClaimCheck
import ClaimCheckHTML
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which URLs a fetch may reach: http(s) only, no credentials, and (unless `allowPrivate`)
/// no host that resolves to a loopback, private, link-local, multicast, unspecified or CGNAT
/// address. Checked before the first request and again on every redirect hop.
///
/// The check resolves the name, then URLSession resolves it again to connect: a DNS server
/// that answers differently the second time (DNS rebinding) slips through this gap. Run
/// untrusted drafts where internal services are also firewalled.
public struct AddressPolicy: Sendable {
    /// Whether private and loopback addresses are allowed (`--allow-private`).
    public var allowPrivate = false
    /// Resolves a host name to its addresses (numeric strings); nil when it does not resolve.
    /// Tests replace it so that a name counts as public without any real lookup.
    public var resolve: @Sendable (String) -> [String]? = AddressPolicy.systemResolve

    /// Creates a policy.
    public init(allowPrivate: Bool = false) { self.allowPrivate = allowPrivate }

    /// Checks a URL; throws the reason it is refused.
    public func check(_ text: String) throws(FetchFailure) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else {
            throw FetchFailure("refused: not a valid URL")
        }
        guard scheme == "http" || scheme == "https" else { throw FetchFailure("refused: the \(scheme): scheme is not fetched (http and https only)") }
        guard url.user == nil, url.password == nil else { throw FetchFailure("refused: the URL carries credentials") }
        guard var host = url.host, !host.isEmpty else { throw FetchFailure("refused: the URL has no host") }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if allowPrivate { return }
        let addresses: [String]
        if Self.isNumeric(host) {
            addresses = [host]
        } else {
            guard let resolved = resolve(host), !resolved.isEmpty else { throw FetchFailure("DNS: \(host) does not resolve") }
            addresses = resolved
        }
        for address in addresses {
            if let range = Self.restrictedRange(of: address) {
                throw FetchFailure("refused: \(host) is at \(address), a \(range) address (--allow-private to fetch it)")
            }
        }
    }

    /// Whether a host is an IPv4 or IPv6 literal.
    static func isNumeric(_ host: String) -> Bool { ipv4(host) != nil || ipv6(host) != nil }

    /// The restricted range an address falls in ("loopback", "private"…), nil when public.
    public static func restrictedRange(of address: String) -> String? {
        if let v4 = ipv4(address) { return range(ofIPv4: v4) }
        if let v6 = ipv6(address) {
            if v6[0..<10].allSatisfy({ $0 == 0 }) && v6[10] == 0xff && v6[11] == 0xff {
                return range(ofIPv4: Array(v6[12..<16]))
            }
            if v6.allSatisfy({ $0 == 0 }) { return "unspecified" }
            if v6[0..<15].allSatisfy({ $0 == 0 }) && v6[15] == 1 { return "loopback" }
            if v6[0] & 0xfe == 0xfc { return "private" }
            if v6[0] == 0xfe && v6[1] & 0xc0 == 0x80 { return "link-local" }
            if v6[0] == 0xff { return "multicast" }
            return nil
        }
        return "unrecognised"
    }

    static func range(ofIPv4 a: [UInt8]) -> String? {
        switch (a[0], a[1]) {
        case (0, _): return "unspecified"
        case (127, _): return "loopback"
        case (10, _): return "private"
        case (172, 16...31): return "private"
        case (192, 168): return "private"
        case (169, 254): return "link-local"
        case (100, 64...127): return "shared (CGNAT)"
        case (224...239, _): return "multicast"
        case (240...255, _): return "reserved"
        default: return nil
        }
    }

    static func ipv4(_ text: String) -> [UInt8]? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: address) { Array($0) }
    }

    static func ipv6(_ text: String) -> [UInt8]? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: address) { Array($0) }
    }

    /// Resolves a name with `getaddrinfo`.
    @Sendable public static func systemResolve(_ host: String) -> [String]? {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0 else { return nil }
        defer { freeaddrinfo(list) }
        var out: [String] = []
        var node = list
        while let info = node?.pointee {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if let address = info.ai_addr,
                getnameinfo(address, info.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0
            {
                let text = String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !out.contains(text) { out.append(text) }
            }
            node = info.ai_next
        }
        return out
    }
}
