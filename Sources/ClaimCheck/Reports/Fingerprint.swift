/// FNV-1a, 64 bits: a hash that is the same in every process and on every machine (unlike
/// Swift's `Hasher`, which is seeded per process). Not cryptographic.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Feeds bytes.
    mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// Feeds a string's UTF-8, then a separator byte that cannot occur in UTF-8 (so that
    /// `"ab" + "c"` and `"a" + "bc"` differ).
    mutating func combine(_ string: String) {
        combine(bytes: string.utf8)
        combine(bytes: CollectionOfOne(0xFF))
    }

    /// The value as 16 lower-case hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// The `claimcheck/v1` fingerprint of a finding: a stable hash of what the finding is about,
/// not where it is, so that code scanning recognises it across runs and after edits elsewhere
/// in the draft.
///
/// Hashed: the draft's URI, the rule id, the claim's sentence with whitespace collapsed, the
/// span, and the finding's occurrence index among the draft's findings with the same four (so
/// that two identical sentences get two fingerprints). Line and column numbers are not.
enum Fingerprint {
    /// The key in SARIF `partialFingerprints`.
    static let key = "claimcheck/v1"

    /// Fingerprints of a draft's findings, in the same order.
    static func fingerprints(of findings: [Finding], uri: String) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            var identity = StableHash()
            identity.combine(uri)
            identity.combine(finding.rule.rawValue)
            identity.combine(normalised(finding.text))
            identity.combine(finding.span.map(normalised) ?? "")
            let occurrence = seen[identity.hex, default: 0]
            seen[identity.hex] = occurrence + 1
            var hash = identity
            hash.combine(String(occurrence))
            return hash.hex
        }
    }

    /// Whitespace runs collapsed to one space, trimmed.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
