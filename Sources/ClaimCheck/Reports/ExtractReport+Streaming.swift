/// `ExtractReport` written in pieces, so that a very large page (a 200 MB text file under a
/// raised `--max-size`) is never held as one output string beside its document: the output is
/// the same bytes as `json(_:asArray:)` and `text(_:)`, handed to `write` about 64 KB at a time.
extension ExtractReport {
    /// How much output is gathered before each `write`.
    static let chunkSize = 1 << 16

    /// Writes what `json(outcomes, asArray:)` returns, in pieces.
    public static func writeJSON(_ outcomes: [Outcome], asArray: Bool, to write: (String) -> Void) {
        var out = ""
        func flush(_ force: Bool = false) {
            if force || out.utf8.count >= chunkSize {
                if !out.isEmpty { write(out) }
                out = ""
            }
        }
        let array = asArray || outcomes.count != 1
        let depth = array ? 1 : 0
        if array { out += outcomes.isEmpty ? "[]" : "[" }
        for (index, outcome) in outcomes.enumerated() {
            if array { out += (index > 0 ? "," : "") + "\n  " }
            guard case .success(let document) = outcome.result, !document.paragraphs.isEmpty else {
                out += json(for: outcome).rendered(indent: depth)
                flush()
                continue
            }
            // The page with a placeholder for its paragraphs, then the paragraphs one by one
            // in the layout `rendered()` gives an array at that depth.
            let placeholder = "\u{1}claimcheck-paragraphs\u{1}"
            var page = document
            page.paragraphs = []
            var value = json(for: (outcome.path, .success(page)))
            if case .object(var members) = value, let slot = members.firstIndex(where: { $0.0 == "paragraphs" }) {
                members[slot].1 = .string(placeholder)
                value = .object(members)
            }
            let rendered = value.rendered(indent: depth)
            let token = JSONValue.string(placeholder).rendered()
            guard let range = rendered.range(of: token) else {
                out += json(for: outcome).rendered(indent: depth)
                flush()
                continue
            }
            out += rendered[..<range.lowerBound]
            out += "["
            let itemIndent = "\n" + String(repeating: "  ", count: depth + 2)
            for (number, paragraph) in document.paragraphs.enumerated() {
                out += (number > 0 ? "," : "") + itemIndent
                out += paragraphJSON(paragraph).rendered(indent: depth + 2)
                flush()
            }
            out += "\n" + String(repeating: "  ", count: depth + 1) + "]"
            out += rendered[range.upperBound...]
            flush()
        }
        if array, !outcomes.isEmpty { out += "\n]" }
        out += "\n"
        flush(true)
    }

    /// Writes what `text(outcomes)` returns, in pieces.
    public static func writeText(_ outcomes: [Outcome], to write: (String) -> Void) {
        var wroteAny = false
        for outcome in outcomes {
            guard case .success(let document) = outcome.result else { continue }
            var page = document
            page.paragraphs = []
            page.links = []
            var out = outcomes.count > 1 ? (wroteAny ? "\n" : "") + "==> \(outcome.path) <==\n" : ""
            // The metadata lines, as `text` writes them for the page without paragraphs.
            out += text([(outcome.path, .success(page))])
            wroteAny = true
            for paragraph in document.paragraphs {
                out += "\n" + paragraph.text + "\n"
                if out.utf8.count >= chunkSize {
                    write(out)
                    out = ""
                }
            }
            if !document.links.isEmpty {
                out += "\nlinks:\n"
                for link in document.links {
                    out += "  \(link.line): \(link.text) <\(link.href)>\n"
                    if out.utf8.count >= chunkSize {
                        write(out)
                        out = ""
                    }
                }
            }
            if !out.isEmpty { write(out) }
        }
    }
}
