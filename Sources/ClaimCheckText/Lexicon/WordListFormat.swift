/// Reads the small text formats of `EnglishWords` and `FrenchWords`.
enum WordListFormat {
    /// `word=value word=value` → pairs (keys folded).
    static func pairs(_ text: String) -> [(String, String)] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { item in
            guard let eq = item.firstIndex(of: "=") else { return (Folding.fold(String(item)), "") }
            return (Folding.fold(String(item[..<eq])), String(item[item.index(after: eq)...]))
        }
    }

    /// `word=number` → dictionary.
    static func numbers(_ text: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for (k, v) in pairs(text) { out[k] = Double(v) ?? 0 }
        return out
    }

    /// Whitespace-separated words, folded.
    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Folding.fold(String($0)) })
    }

    /// `a | b | c` → phrases, with `{x,y}` alternatives expanded.
    static func phrases(_ text: String) -> [String] {
        text.split(separator: "|").flatMap { expand(String($0).trimmingSpaces()) }.filter { !$0.isEmpty }
    }

    /// `kind: a | b` lines → (kind, phrases).
    static func kindLines(_ text: String) -> [(String, [String])] {
        var out: [(String, [String])] = []
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let kind = String(line[..<colon]).trimmingSpaces()
            let rest = String(line[line.index(after: colon)...])
            out.append((kind, phrases(rest)))
        }
        return out
    }

    /// Expands every `{a,b}` group in a phrase.
    static func expand(_ phrase: String) -> [String] {
        guard let open = phrase.firstIndex(of: "{"), let close = phrase[open...].firstIndex(of: "}") else {
            return [phrase]
        }
        let head = phrase[..<open]
        let tail = String(phrase[phrase.index(after: close)...])
        let options = phrase[phrase.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
        return options.flatMap { expand(head + $0 + tail) }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\n" { s = s.dropLast() }
        return String(s)
    }
}
