import ClaimCheckText
import Foundation

/// Text folded for quote lookups: words only, lower case, without diacritics, one space
/// between words, a space at each end.
///
/// Quotation marks (“ ” « » ‘ ’ " '), apostrophes, dashes and other punctuation become word
/// breaks, so `l’ambassade` and `l'ambassade`, `« Nous »` and `"nous"` compare equal.
/// Diacritics are folded too: drafts often drop accents on capitals ("Etat" for "État"), and
/// a misquote worth flagging changes words, not accents.
enum QuoteText {
    /// The folded form of a text.
    static func folded(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(" ")
        for token in Tokenizer.tokens(in: text) {
            switch token.kind {
            case .word:
                out.append(contentsOf: token.key.unicodeScalars)
            case .digits, .url, .email:
                for scalar in scalars[token.start..<token.end] {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            default:
                continue
            }
            out.append(" ")
        }
        return String(out)
    }

    /// The parts of a quote between ellipses ("…", "...", "[…]"), folded, empty parts dropped.
    static func parts(ofQuote quote: String) -> [String] {
        let marked = quote.replacingOccurrences(of: "...", with: "…")
        return marked.split(separator: "…").map { folded(String($0)) }.filter { $0 != " " }
    }

    /// A folded text computed once, on first use, by whichever task asks first.
    final class Cache: @unchecked Sendable {
        // `@unchecked`: `text` is only read or written while holding `lock`.
        private let lock = NSLock()
        private var text: String?

        /// The cached text, computing it with `make` the first time.
        func value(_ make: () -> String) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let text { return text }
            let made = make()
            text = made
            return made
        }
    }
}
