import ClaimCheckText

/// A claim beside its evidence: the sentence with its figures marked, what was read in it
/// (figures, dates, quotes, attributions, links), and each passage of the sources that bears
/// on it, in the source's own language, with the words it shares with the claim marked.
struct ClaimCardHTML {
    let claim: Claim
    let evidence: [Evidence]
    let draft: DraftHTML
    /// The claim's worst finding, if it has one.
    let worst: Severity?
    /// Its findings.
    let findings: [DraftHTML.FindingReference]

    func rendered() -> String {
        let id = draft.cardID(claim.id)
        var out = "<article class=\"card worst-\(worst?.rawValue ?? "none")\" id=\"\(id)\" aria-labelledby=\"\(id)-h\">\n"
        out += "<div class=\"card-claim\">\n<h4 id=\"\(id)-h\"><a href=\"#\(draft.textID(claim.id))\">Claim \(HTMLText.escape(claim.id))</a>"
        out += " <span class=\"loc\">line \(claim.line), column \(claim.column)</span>"
        if let worst { out += " " + HTMLReportParts.badge(worst) }
        out += "</h4>\n<blockquote class=\"sentence\" lang=\"\(claim.language.rawValue)\">\(sentence())</blockquote>\n"
        out += details()
        if !findings.isEmpty {
            out += "<p class=\"card-findings\">Findings: "
            out += findings.map { "<a class=\"sev-\($0.severity.rawValue)\" href=\"#\($0.id)\">\($0.rule.rawValue)</a>" }.joined(separator: ", ")
            out += "</p>\n"
        }
        out += "</div>\n<div class=\"card-evidence\">\n<h5>Evidence</h5>\n"
        if evidence.isEmpty {
            out += "<p class=\"none\">No passage of the sources given bears on this claim.</p>\n"
        } else {
            // Passages that support or contradict the claim come first, open; the merely
            // related ones (all but the first, when nothing else bears) fold away.
            var shown = evidence.filter { $0.agreement != .related }
            var folded = evidence.filter { $0.agreement == .related }
            if shown.isEmpty { shown = [folded.removeFirst()] }
            out += "<ol class=\"evidence-list\">\n" + shown.map(item).joined() + "</ol>\n"
            if !folded.isEmpty {
                out += "<details class=\"more-evidence\"><summary>\(folded.count) more related passage\(folded.count == 1 ? "" : "s")</summary>\n"
                out += "<ol class=\"evidence-list\">\n" + folded.map(item).joined() + "</ol>\n</details>\n"
            }
        }
        return out + "</div>\n</article>\n"
    }

    /// The sentence with its figures and dates marked.
    private func sentence() -> String {
        let scalars = Array(claim.text.unicodeScalars)
        var marks: [HTMLMarks.Mark] = []
        for figure in claim.figures {
            if let range = TermAnalyzer.span(figure.text, at: figure.start..<figure.end, in: scalars) {
                marks.append(.init(range: range, open: "<mark class=\"fig\">", close: "</mark>"))
            }
        }
        for date in claim.dates {
            if let range = TermAnalyzer.span(date.text, at: date.start..<date.end, in: scalars) {
                marks.append(.init(range: range, open: "<mark class=\"date\">", close: "</mark>"))
            }
        }
        return HTMLMarks.marked(scalars, marks: marks)
    }

    /// What the claim carries, as a definition list.
    private func details() -> String {
        var rows: [(String, String)] = []
        if !claim.figures.isEmpty { rows.append(("Figures", claim.figures.map(Self.describe).joined(separator: "<br>"))) }
        if !claim.dates.isEmpty {
            rows.append(
                (
                    "Dates",
                    claim.dates.map { date in
                        let span = [date.firstDay, date.lastDay].compactMap { $0?.description }
                        return "<q>\(HTMLText.escape(date.text))</q>" + (span.isEmpty ? "" : " (\(HTMLText.escape(Set(span).count == 1 ? span[0] : span.joined(separator: " to "))))")
                    }.joined(separator: "<br>")
                ))
        }
        if !claim.quotes.isEmpty { rows.append(("Quotes", claim.quotes.map { "<q>\(HTMLText.escape($0.text))</q>" }.joined(separator: "<br>"))) }
        if claim.attributions.isEmpty {
            rows.append(("Attribution", "<span class=\"none\">none</span>"))
        } else {
            rows.append(("Attribution", claim.attributions.map(Self.describe).joined(separator: "<br>")))
        }
        if !claim.links.isEmpty {
            rows.append(
                (
                    "Links",
                    claim.links.map { link in
                        let text = "<q>\(HTMLText.escape(link.text))</q> → "
                        if let href = HTMLText.webAddress(link.href) {
                            return text + "<a class=\"url\" href=\"\(href)\" rel=\"noreferrer noopener\">\(HTMLText.escape(link.href))</a>"
                        }
                        return text + "<code class=\"url\">\(HTMLText.escape(link.href))</code>"
                    }.joined(separator: "<br>")
                ))
        }
        return "<dl class=\"facts\">\n" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
    }

    /// "up to fifty: at most 50 · Russian spies · expel".
    static func describe(_ figure: Figure) -> String {
        func number(_ value: Double?) -> String { value.map { Term.number($0) + (figure.isPercentage ? " %" : "") } ?? "?" }
        let reading: String
        switch figure.kind {
        case .exact: reading = "exactly \(number(figure.value))"
        case .approximate: reading = "about \(number(figure.value)) (\(number(figure.low)) to \(number(figure.high)))"
        case .nearly: reading = "nearly \(number(figure.value))"
        case .atMost: reading = "at most \(number(figure.high))"
        case .atLeast: reading = "at least \(number(figure.low))"
        case .range: reading = "\(number(figure.low)) to \(number(figure.high))"
        case .vague: reading = "vague (\(number(figure.low)) to \(figure.high == nil ? "more" : number(figure.high)))"
        }
        var parts = [reading]
        if let noun = figure.noun { parts.append(HTMLText.escape(noun)) }
        if let predicate = figure.predicate { parts.append(HTMLText.escape(predicate)) }
        return "<q>\(HTMLText.escape(figure.text))</q>: " + parts.joined(separator: " · ")
    }

    /// "“according to French media” (vague)", "“Le Monde” (specific, Le Monde, from c2)".
    static func describe(_ attribution: Attribution) -> String {
        var notes = [attribution.kind.rawValue]
        if let publisher = attribution.publisher?.name { notes.append(HTMLText.escape(publisher)) }
        if let from = attribution.inheritedFrom { notes.append("carried on from \(HTMLText.escape(from))") }
        let kind = attribution.kind == .vague ? "attr attr-vague" : "attr"
        return "<q class=\"\(kind)\">\(HTMLText.escape(attribution.text))</q> (\(notes.joined(separator: ", ")))"
    }

    /// One passage: who, where, how it bears, the figures compared, the excerpt.
    private func item(_ evidence: Evidence) -> String {
        let language = draft.language(ofSource: evidence.source).flatMap { $0.lowercased().hasPrefix("fr") ? Language.french : $0.lowercased().hasPrefix("en") ? .english : nil }
            ?? Language.detect(evidence.excerpt)
        var out = "<li class=\"evidence ag-\(evidence.agreement.rawValue)\">\n<p class=\"ev-head\">" + HTMLReportParts.badge(evidence.agreement)
        out += " <span class=\"publisher\">\(HTMLText.escape(evidence.publisher ?? "unknown publisher"))</span>"
        out += " <code class=\"file\">\(HTMLText.escape(HTMLReportParts.fileName(evidence.source)))</code> line \(evidence.line)"
        out += "<span class=\"score\"> · score \(Int((evidence.score * 100).rounded()))\(evidence.cited ? " · cited" : "")</span></p>\n"
        if !evidence.comparisons.isEmpty {
            out += "<table class=\"compared\"><caption>Compared</caption><thead><tr><th scope=\"col\">claim</th><th scope=\"col\">source</th><th scope=\"col\">outcome</th></tr></thead><tbody>"
            for comparison in evidence.comparisons {
                out += "<tr class=\"cmp-\(HTMLText.token(comparison.outcome))\"><td>\(HTMLText.escape(comparison.claim))</td>"
                out += "<td lang=\"\(language.rawValue)\">\(HTMLText.escape(comparison.passage))</td><td>\(HTMLText.escape(comparison.outcome))</td></tr>"
            }
            out += "</tbody></table>\n"
        }
        let marks = HTMLMarks.matchedWords(in: evidence.excerpt, terms: evidence.terms, language: language).map {
            HTMLMarks.Mark(range: $0, open: "<mark>", close: "</mark>")
        }
        out += "<blockquote class=\"excerpt\" lang=\"\(language.rawValue)\">\(HTMLMarks.marked(Array(evidence.excerpt.unicodeScalars), marks: marks))</blockquote>\n"
        if let url = evidence.url {
            if let href = HTMLText.webAddress(url) {
                out += "<p class=\"source-url\"><a href=\"\(href)\" rel=\"noreferrer noopener\">\(HTMLText.escape(url))</a></p>\n"
            } else {
                out += "<p class=\"source-url\"><code>\(HTMLText.escape(url))</code></p>\n"
            }
        }
        return out + "</li>\n"
    }
}
