extension CheckReport {
    /// The report as a compiler prints diagnostics: `path:line:col: severity: message [rule]`,
    /// then the sentence with the finding's words underlined, then the evidence or the other
    /// figure; a summary line at the end. (Drafts and sources that could not be read are the
    /// caller's to report, on standard error.) Findings an inline comment silences are left
    /// out and counted in the summary line.
    ///
    /// - Parameter colour: ANSI colours (for a terminal).
    public func text(colour: Bool = false) -> String {
        let paint = Paint(enabled: colour)
        var out = ""
        for document in documents {
            for finding in document.findings where finding.suppression == nil {
                let label: String
                switch finding.severity {
                case .error: label = paint.red("error")
                case .warning: label = paint.yellow("warning")
                case .info: label = paint.blue("info")
                }
                out += paint.bold("\(document.path):\(finding.line):\(finding.column):") + " \(label): \(finding.message) "
                out += paint.dim("[\(finding.rule.rawValue)]") + "\n"
                out += "    \(finding.text)\n"
                if let span = finding.span, let offset = Self.offset(of: span, in: finding.text) {
                    out += "    " + String(repeating: " ", count: offset) + paint.green("^" + String(repeating: "~", count: max(0, span.count - 1))) + "\n"
                }
                for related in finding.related {
                    out += "    " + paint.dim("note:") + " \(document.path):\(related.line):\(related.column): \"\(related.text)\"\n"
                }
                if let evidence = finding.evidence {
                    let publisher = evidence.publisher.map { "\($0), " } ?? ""
                    out += "    " + paint.dim("evidence:") + " \(evidence.source):\(evidence.line) (\(publisher)\(evidence.agreement.rawValue)): \(Self.shortened(evidence.excerpt))\n"
                }
            }
        }
        let counts = counts
        let claims = documents.reduce(0) { $0 + $1.claims.count }
        out += "\(documents.count) draft\(documents.count == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"): "
        out += "\(counts[.error] ?? 0) error\(counts[.error] == 1 ? "" : "s"), \(counts[.warning] ?? 0) warning\(counts[.warning] == 1 ? "" : "s"), \(counts[.info] ?? 0) info"
        let suppressed = documents.reduce(0) { $0 + $1.findings.filter { $0.suppression != nil }.count }
        out += suppressed > 0 ? " (\(suppressed) suppressed)\n" : "\n"
        return out
    }

    /// Character offset of `span` in `text`, if present.
    static func offset(of span: String, in text: String) -> Int? {
        guard let range = text.range(of: span) else { return nil }
        return text.distance(from: text.startIndex, to: range.lowerBound)
    }

    static func shortened(_ text: String, limit: Int = 160) -> String {
        text.count <= limit ? "“\(text)”" : "“\(text.prefix(limit))…”"
    }
}

/// ANSI colours, or plain text when disabled.
struct Paint {
    var enabled: Bool

    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "1;33") }
    func blue(_ text: String) -> String { wrap(text, "1;34") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

import Foundation
