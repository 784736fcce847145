extension CheckReport {
    /// The columns of `csv()`, in order (documented in `docs/user-guide.md`).
    public static let csvColumns = [
        "file", "line", "column", "claim", "text", "figures", "dates", "attribution",
        "evidence_source", "evidence_publisher", "evidence_line", "evidence_agreement", "evidence_excerpt", "evidence_url",
        "findings", "verdict", "notes",
    ]

    /// The desk's worksheet: one CSV row per claim (RFC 4180, CRLF records), with where it
    /// is, what it says, its figures, dates and attribution, its best evidence, its findings,
    /// and empty `verdict` and `notes` columns to fill in.
    ///
    /// The best evidence is the first passage (in the matcher's ranking) that supports or
    /// conflicts with the claim, else the first related one. Findings are one per line in
    /// their cell, `severity rule: message`, a silenced one followed by `(silenced: reason)`.
    /// Several values in a cell (figures, attributions) are separated by `; `.
    ///
    /// - Parameter byteOrderMark: start with a UTF-8 byte-order mark, which some spreadsheet
    ///   programs need to read accents right.
    public func csv(byteOrderMark: Bool = false) -> String {
        var table = CSVTable(columns: Self.csvColumns)
        for document in documents {
            for (claim, evidence) in zip(document.claims, document.evidence) {
                table.rows.append(Self.csvRow(claim: claim, evidence: evidence, document: document))
            }
        }
        return table.rendered(byteOrderMark: byteOrderMark)
    }

    static func csvRow(claim: Claim, evidence: [Evidence], document: DocumentResult) -> [CSVTable.CSVField] {
        let best = evidence.first { $0.agreement != .related } ?? evidence.first
        let findings = document.findings.filter { $0.claim == claim.id }.map { finding in
            var line = "\(finding.severity.rawValue) \(finding.rule.rawValue): \(finding.message)"
            if let suppression = finding.suppression { line += " (silenced: \(suppression.justification ?? "no reason given"))" }
            return line
        }
        let attributions = claim.attributions.map { attribution in
            var notes = [attribution.kind.rawValue]
            if let publisher = attribution.publisher?.name { notes.append(publisher) }
            if let from = attribution.inheritedFrom { notes.append("from \(from)") }
            return "\(attribution.text) (\(notes.joined(separator: ", ")))"
        }
        return [
            .text(document.path), .number(claim.line), .number(claim.column), .text(claim.id), .text(claim.text),
            .text(claim.figures.map { "\($0.text) (\($0.kind.rawValue))" }.joined(separator: "; ")),
            .text(claim.dates.map(\.text).joined(separator: "; ")),
            .text(attributions.joined(separator: "; ")),
            .text(best?.source ?? ""), .text(best?.publisher ?? ""), best.map { .number($0.line) } ?? .text(""),
            .text(best?.agreement.rawValue ?? ""), .text(best?.excerpt ?? ""), .text(best?.url ?? ""),
            .text(findings.joined(separator: "\n")), .text(""), .text(""),
        ]
    }
}
