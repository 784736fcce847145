import ClaimCheckHTML
import ClaimCheckText

/// One draft of the HTML report: its text with the claims marked, its findings, and its
/// claims beside their evidence. Element ids are built from counters (`d2-c5`, `d2-f3`),
/// never from the draft's text.
struct DraftHTML {
    let result: CheckReport.DocumentResult
    /// 1-based position of the draft in the report.
    let number: Int
    /// The sources the report read (for their languages).
    let sources: [CheckReport.SourceEntry]
    /// The draft's decoded lines, to place each finding's span as the text and SARIF reports do.
    private let lines: [[Unicode.Scalar]]?
    /// The worst finding of each claim that has one (suppressed findings left out).
    private let worst: [String: Severity]
    /// The findings of each claim: element id, rule, severity.
    private let findingIDs: [String: [FindingReference]]

    /// A finding as a claim's card links to it.
    struct FindingReference {
        var id: String
        var rule: Rule
        var severity: Severity
    }

    init(document: CheckReport.DocumentResult, number: Int, sources: [CheckReport.SourceEntry]) {
        result = document
        self.number = number
        self.sources = sources
        lines = DraftLines.load(document)
        var worst: [String: Severity] = [:]
        var ids: [String: [FindingReference]] = [:]
        // A finding belongs to its claim and to the claims of its other figures (a conflict
        // has two sides), for the colour, the card's list and the filters.
        for (index, finding) in document.findings.enumerated() {
            let reference = FindingReference(id: "d\(number)-f\(index + 1)", rule: finding.rule, severity: finding.severity)
            var claims = finding.claim.map { [$0] } ?? []
            for related in finding.related where !claims.contains(related.claim) { claims.append(related.claim) }
            for claim in claims {
                ids[claim, default: []].append(reference)
                if finding.suppression == nil { worst[claim] = max(worst[claim] ?? finding.severity, finding.severity) }
            }
        }
        self.worst = worst
        findingIDs = ids
    }

    private var prefix: String { "d\(number)" }
    private var title: String { result.document.metadata.title ?? HTMLReportParts.fileName(result.path) }

    /// The element id of a claim's marked sentence in the text.
    func textID(_ claim: String) -> String { "\(prefix)-\(HTMLText.token(claim))-text" }
    /// The element id of a claim's card (the claim beside its evidence).
    func cardID(_ claim: String) -> String { "\(prefix)-\(HTMLText.token(claim))" }

    /// Counts of the findings that are not suppressed.
    private var counts: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for finding in result.findings where finding.suppression == nil { counts[finding.severity, default: 0] += 1 }
        return counts
    }

    /// The draft's line in a table of contents.
    func contentsEntry() -> String {
        "<li><a href=\"#\(prefix)\">\(HTMLText.escape(title))</a> <span class=\"path\">\(HTMLText.escape(result.path))</span> "
            + HTMLReportParts.totals(claims: result.claims.count, counts: counts, drafts: 1) + "</li>\n"
    }

    /// The draft's whole section.
    func rendered() -> String {
        var out = "<article class=\"draft\" id=\"\(prefix)\" aria-labelledby=\"\(prefix)-title\">\n"
        out += "<header class=\"draft-head\">\n<h2 id=\"\(prefix)-title\">\(HTMLText.escape(title))</h2>\n"
        out += "<p class=\"meta\"><code>\(HTMLText.escape(result.path))</code> · \(result.language == .french ? "French" : "English") · "
        out += HTMLReportParts.totals(claims: result.claims.count, counts: counts, drafts: 1) + "</p>\n</header>\n"
        out += "<div class=\"columns\">\n"
        out += "<section class=\"text\" aria-labelledby=\"\(prefix)-text-h\">\n<h3 id=\"\(prefix)-text-h\">The draft</h3>\n"
        out += "<p class=\"legend\">Claims are underlined in the colour of their worst finding: "
        out += "<span class=\"claim-key worst-error\">error</span> <span class=\"claim-key worst-warning\">warning</span> "
        out += "<span class=\"claim-key worst-info\">info</span> <span class=\"claim-key worst-none\">no finding</span>.</p>\n"
        out += "<div class=\"prose\" lang=\"\(result.language.rawValue)\">\n" + paragraphs() + "</div>\n</section>\n"
        out += findingsList()
        out += "</div>\n"
        out += "<section class=\"claims\" aria-labelledby=\"\(prefix)-claims-h\">\n<h3 id=\"\(prefix)-claims-h\">Claims and their evidence</h3>\n"
        if result.claims.isEmpty { out += "<p class=\"none\">No check-worthy claim in this draft.</p>\n" }
        for (claim, evidence) in zip(result.claims, result.evidence) {
            out += ClaimCardHTML(claim: claim, evidence: evidence, draft: self, worst: worst[claim.id], findings: findingIDs[claim.id] ?? []).rendered()
        }
        out += "</section>\n</article>\n"
        return out
    }

    /// The draft's paragraphs, each claim found in its paragraph's text and marked.
    private func paragraphs() -> String {
        var byParagraph: [Int: [Claim]] = [:]
        for claim in result.claims { byParagraph[claim.paragraph, default: []].append(claim) }
        var out = ""
        for (index, paragraph) in result.document.paragraphs.enumerated() {
            let tag: String
            switch paragraph.kind {
            case .heading: tag = "h4"
            case .quote: tag = "blockquote"
            default: tag = "p"
            }
            out += "<\(tag) class=\"para para-\(paragraph.kind.rawValue)\"><span class=\"ln\" aria-hidden=\"true\">\(paragraph.line)</span>"
            let text = paragraph.text
            var cursor = text.startIndex
            for claim in byParagraph[index] ?? [] {
                guard let range = text.range(of: claim.text, range: cursor..<text.endIndex) else { continue }
                out += HTMLText.escape(text[cursor..<range.lowerBound]) + mark(claim)
                cursor = range.upperBound
            }
            out += HTMLText.escape(text[cursor...]) + "</\(tag)>\n"
        }
        return out
    }

    /// A claim's sentence in the text: a link to its card, underlined by its worst finding,
    /// the words its findings are about in bold.
    private func mark(_ claim: Claim) -> String {
        let severity = worst[claim.id].map(\.rawValue) ?? "none"
        let findings = (findingIDs[claim.id] ?? []).map(\.id)
        // A short title, not an aria-label: the link's text (the sentence) is what a screen
        // reader should read, and a sentence can be long.
        let label = "Claim \(claim.id), line \(claim.line)" + (worst[claim.id].map { ", worst finding: \($0.rawValue)" } ?? ", no finding")
        var out = "<a class=\"claim worst-\(severity)\" id=\"\(textID(claim.id))\" href=\"#\(cardID(claim.id))\" data-claim=\"\(HTMLText.attribute(claim.id))\""
        if !findings.isEmpty { out += " data-findings=\"\(findings.joined(separator: " "))\"" }
        out += " title=\"\(HTMLText.attribute(label))\">"
        var spans = result.findings.filter { $0.claim == claim.id && $0.suppression == nil }.compactMap { finding in
            finding.span.map { (text: $0, open: "<strong class=\"span span-\(finding.severity.rawValue)\">", close: "</strong>") }
        }
        // The other figure of a conflict found on another claim is marked here too.
        for finding in result.findings where finding.suppression == nil {
            for related in finding.related where related.claim == claim.id {
                spans.append((text: related.text, open: "<strong class=\"span span-\(finding.severity.rawValue)\">", close: "</strong>"))
            }
        }
        out += HTMLMarks.marked(claim.text, phrases: spans)
        return out + "</a>"
    }

    /// The findings, in the draft's order, each with a link to its claim.
    private func findingsList() -> String {
        var out = "<aside class=\"findings\" aria-labelledby=\"\(prefix)-findings-h\">\n"
        out += "<h3 id=\"\(prefix)-findings-h\">Findings (\(result.findings.count))</h3>\n"
        if result.findings.isEmpty { return out + "<p class=\"none\">Nothing to flag.</p>\n</aside>\n" }
        out += "<ol class=\"finding-list\">\n"
        for (index, finding) in result.findings.enumerated() {
            out += findingItem(finding, id: "\(prefix)-f\(index + 1)")
        }
        return out + "</ol>\n</aside>\n"
    }

    private func findingItem(_ finding: Finding, id: String) -> String {
        let region = FindingRegion(finding, lines: lines)
        var classes = "finding sev-\(finding.severity.rawValue)"
        if finding.suppression != nil { classes += " suppressed" }
        var out = "<li class=\"\(classes)\" id=\"\(id)\" tabindex=\"-1\" data-rule=\"\(finding.rule.rawValue)\" data-severity=\"\(finding.severity.rawValue)\""
        if let claim = finding.claim { out += " data-claim-text=\"\(textID(claim))\"" }
        out += " aria-label=\"\(HTMLText.attribute("\(finding.severity.rawValue) \(finding.rule.rawValue), line \(region.line)"))\">\n"
        out += "<p class=\"finding-head\">" + HTMLReportParts.badge(finding.severity) + " <code class=\"rule\">\(finding.rule.rawValue)</code> "
        let place = "line \(region.line), column \(region.startColumn)"
        if let claim = finding.claim {
            out += "<a class=\"loc\" href=\"#\(textID(claim))\">\(place)</a>"
        } else {
            out += "<span class=\"loc\">\(place)</span>"
        }
        out += "</p>\n<p class=\"message\">\(HTMLText.escape(finding.message))</p>\n"
        if let span = finding.span { out += "<p class=\"about\">About <q>\(HTMLText.escape(span))</q></p>\n" }
        for related in finding.related {
            out += "<p class=\"related\">The other figure: <a href=\"#\(textID(related.claim))\"><q>\(HTMLText.escape(related.text))</q>, line \(related.line)</a></p>\n"
        }
        if let evidence = finding.evidence {
            let publisher = evidence.publisher.map { HTMLText.escape($0) + ", " } ?? ""
            out += "<p class=\"ev-ref\">Evidence: \(publisher)<code>\(HTMLText.escape(HTMLReportParts.fileName(evidence.source)))</code> line \(evidence.line) "
            out += HTMLReportParts.badge(evidence.agreement) + "</p>\n"
        }
        if let suppression = finding.suppression {
            let reason = suppression.justification.map { ": " + HTMLText.escape($0) } ?? " (no reason given)"
            out += "<p class=\"silenced\">Silenced by the comment on line \(suppression.line)\(reason)</p>\n"
        }
        if let claim = finding.claim { out += "<p class=\"to-card\"><a href=\"#\(cardID(claim))\">Claim \(HTMLText.escape(claim)) and its evidence</a></p>\n" }
        return out + "</li>\n"
    }

    /// The language of a source file's text, as read; nil when unknown.
    func language(ofSource path: String) -> String? {
        sources.first { $0.path == path }?.language
    }
}
