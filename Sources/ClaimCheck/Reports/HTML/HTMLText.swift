import Foundation

/// Escaping for the HTML reports. Every string that comes from a draft, a source or a file
/// name goes through here before it reaches the page, so hostile text stays text.
enum HTMLText {
    /// Text content: `&`, `<` and `>` escaped; control characters that HTML forbids (C0
    /// controls other than tab and line breaks, DEL, C1 controls) replaced by U+FFFD.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    /// A double-quoted attribute value: as `escape`, and `"` and `'` escaped too.
    static func attribute<S: StringProtocol>(_ text: S) -> String {
        escape(text).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// `href` for a link the reader may follow: only `http:` and `https:` addresses (no
    /// `javascript:`, `data:`, `file:` or relative links), escaped; nil otherwise.
    static func webAddress(_ href: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
            !trimmed.unicodeScalars.contains(where: { $0.properties.isWhitespace || isForbidden($0) })
        else { return nil }
        return attribute(trimmed)
    }

    /// An `id` or class fragment made from our own counters and rule ids: letters, digits
    /// and `-` only, whatever it is given.
    static func token(_ text: String) -> String {
        String(text.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }.map(Character.init))
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A || value == 0x0D { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }
}
