extension CheckReport {
    /// The report as one self-contained HTML page, for a fact-checker's browser.
    ///
    /// Per draft: its text as the reader saw it, paragraph by paragraph, with each claim
    /// underlined and coloured by its worst finding; beside it the findings (rule, severity,
    /// message, where, the other figure, the evidence); then every claim beside its evidence
    /// (source, publisher, line, agreement, the figures compared, the excerpt with the
    /// matched words marked, in the source's language). Several drafts get a table of
    /// contents; drafts and sources that could not be read are listed at the top.
    ///
    /// The page loads nothing: inline CSS and a little inline JavaScript, allowed by hash in
    /// a Content-Security-Policy `<meta>` that forbids everything else. Without JavaScript
    /// everything is shown; with it, filters by rule and severity and keys `j`/`k` (or
    /// `n`/`p`) to go from one finding to the next. A print style sheet lays it out on paper.
    /// Every string from a draft or a source is escaped; only `http:`/`https:` addresses
    /// become links.
    ///
    /// - Parameter index: the address of a batch's index page, linked from the top; nil
    ///   for none.
    public func html(index: String? = nil) -> String {
        var body = "<header class=\"page-head\">\n"
        if let index { body += "<p class=\"back\"><a href=\"\(HTMLText.attribute(index))\">← All articles</a></p>\n" }
        let title = documents.count == 1 ? (documents[0].document.metadata.title ?? documents[0].path) : "\(documents.count) drafts"
        body += "<h1 class=\"tool\">claimcheck report\(documents.count == 1 ? "" : ": \(documents.count) drafts")</h1>\n"
        if documents.count != 1 {
            body += "<p class=\"totals\">\(HTMLReportParts.totals(claims: documents.reduce(0) { $0 + $1.claims.count }, counts: counts, drafts: documents.count))</p>\n"
        }
        body += HTMLReportParts.problems(failures: failures, sources: sources)
        body += HTMLReportParts.filters(rules: Rule.allCases.filter { rule in documents.contains { $0.findings.contains { $0.rule == rule } } })
        body += "</header>\n"
        let drafts = documents.enumerated().map { DraftHTML(document: $1, number: $0 + 1, sources: sources) }
        if drafts.count > 1 {
            body += "<nav class=\"toc\" aria-label=\"Drafts in this report\">\n<h2>Drafts</h2>\n<ol>\n"
            for draft in drafts { body += draft.contentsEntry() }
            body += "</ol>\n</nav>\n"
        }
        body += "<main id=\"main\">\n"
        for draft in drafts { body += draft.rendered() }
        if drafts.isEmpty { body += "<p class=\"none\">No draft could be read.</p>\n" }
        body += "</main>\n"
        body += "<footer class=\"page-foot\"><p>claimcheck \(HTMLText.escape(ClaimCheck.version)). Keys: <kbd>j</kbd> / <kbd>n</kbd> next finding, <kbd>k</kbd> / <kbd>p</kbd> previous.</p></footer>"
        return HTMLPage(title: "claimcheck: " + title, body: body).rendered()
    }
}

/// Pieces of the report's header.
enum HTMLReportParts {
    /// "13 claims · 0 errors · 5 warnings · 1 info", each count labelled with its severity.
    static func totals(claims: Int, counts: [Severity: Int], drafts: Int) -> String {
        var parts: [String] = []
        if drafts > 1 { parts.append("\(drafts) drafts") }
        parts.append("\(claims) claim\(claims == 1 ? "" : "s")")
        for severity in Severity.allCases.reversed() {
            let count = counts[severity] ?? 0
            let word = severity == .info ? "info" : severity.rawValue + (count == 1 ? "" : "s")
            parts.append("<span class=\"count sev-\(severity.rawValue)\">\(count) \(word)</span>")
        }
        return parts.joined(separator: " · ")
    }

    /// Drafts and sources that could not be read, with the reasons.
    static func problems(failures: [CheckReport.DraftFailure], sources: [CheckReport.SourceEntry]) -> String {
        let unread = sources.filter { $0.error != nil }
        guard !failures.isEmpty || !unread.isEmpty else { return "" }
        var out = "<section class=\"problems\" aria-label=\"Files that could not be read\">\n<h2>Could not be read</h2>\n<ul>\n"
        for failure in failures {
            out += "<li><span class=\"sev sev-error\">Draft</span> <code>\(HTMLText.escape(failure.path))</code>: \(HTMLText.escape(failure.error.description))</li>\n"
        }
        for source in unread {
            out += "<li><span class=\"sev sev-warning\">Source</span> <code>\(HTMLText.escape(source.path))</code>: \(HTMLText.escape(source.error ?? ""))</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    /// The filter bar: hidden in the markup, shown by the script (it does nothing without it).
    static func filters(rules: [Rule]) -> String {
        guard !rules.isEmpty else { return "" }
        var out = "<div id=\"filters\" class=\"filters\" role=\"group\" hidden aria-label=\"Filter the findings\">\n"
        out += "<fieldset><legend>Severity</legend>"
        for severity in Severity.allCases.reversed() {
            out += "<label><input type=\"checkbox\" checked data-severity=\"\(severity.rawValue)\"> \(severity.rawValue)</label>"
        }
        out += "</fieldset>\n<fieldset><legend>Rule</legend>"
        for rule in rules {
            out += "<label><input type=\"checkbox\" checked data-rule=\"\(rule.rawValue)\"> \(rule.rawValue)</label>"
        }
        out += "</fieldset>\n<p class=\"shown\" id=\"shown\" aria-live=\"polite\"></p>\n</div>\n"
        return out
    }

    /// A severity as a labelled badge (text, not colour alone).
    static func badge(_ severity: Severity) -> String {
        "<span class=\"sev sev-\(severity.rawValue)\">\(severity.rawValue.prefix(1).uppercased() + severity.rawValue.dropFirst())</span>"
    }

    /// An agreement as a labelled badge.
    static func badge(_ agreement: Agreement) -> String {
        "<span class=\"ag ag-\(agreement.rawValue)\">\(agreement.rawValue)</span>"
    }

    /// A file name for display: the last path component.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
