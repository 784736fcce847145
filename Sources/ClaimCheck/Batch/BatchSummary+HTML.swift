extension BatchSummary {
    /// The batch's index page, `index.html`: every article with its status, claims and
    /// findings by severity, linking to its own report; a table sortable by any column (with
    /// the script; in input order without it); the failures with their reasons. As
    /// self-contained as the reports (see `CheckReport.html(index:)`).
    ///
    /// - Parameter report: the address of an article's report, relative to the index; nil
    ///   when it has none.
    public func html(report: (ArticleOutcome) -> String?) -> String {
        let bySeverity = findingsBySeverity
        var body = "<a class=\"skip\" href=\"#main\">Skip to the articles</a>\n<header class=\"page-head\">\n"
        body += "<h1 class=\"tool\">claimcheck batch</h1>\n<h2>\(HTMLText.escape(input))\(shard.map { " (shard \($0.description))" } ?? "")</h2>\n"
        body += "<p class=\"totals\">\(articles) article\(articles == 1 ? "" : "s"): \(done) checked, \(skipped) up to date, \(failed) failed · "
        body += HTMLReportParts.totals(claims: claims, counts: bySeverity, drafts: 1) + "</p>\n</header>\n<main id=\"main\">\n"
        if !failures.isEmpty {
            body += "<section class=\"problems\" aria-labelledby=\"failed-h\">\n<h3 id=\"failed-h\">Failed (\(failures.count))</h3>\n<ul>\n"
            for failure in failures {
                body += "<li><code>\(HTMLText.escape(failure.id))</code> (\(HTMLText.escape(failure.origin))): \(HTMLText.escape(failure.reason))</li>\n"
            }
            body += "</ul>\n</section>\n"
        }
        body += "<table class=\"index\" aria-label=\"Articles\">\n<thead><tr>"
        let columns: [(String, String, Bool)] = [
            ("article", "text", false), ("draft", "text", false), ("status", "text", false), ("claims", "number", true),
            ("errors", "number", true), ("warnings", "number", true), ("info", "number", true),
        ]
        for (name, kind, numeric) in columns {
            body += "<th scope=\"col\" data-sort=\"\(kind)\"\(numeric ? " class=\"num\"" : "")><button type=\"button\" hidden>\(name)</button><span class=\"label\">\(name)</span></th>"
        }
        body += "</tr></thead>\n<tbody>\n"
        for outcome in outcomes {
            var counts: [Severity: Int] = [:]
            for severities in outcome.findings.values { for (severity, count) in severities { counts[severity, default: 0] += count } }
            let id = HTMLText.escape(outcome.article.id)
            let name = report(outcome).map { "<a href=\"\(HTMLText.attribute(ArtifactPath.percentEncoded($0)))\">\(id)</a>" } ?? id
            body += "<tr class=\"\(outcome.status.rawValue)\"><td data-value=\"\(HTMLText.attribute(outcome.article.id))\">\(name)</td>"
            body += "<td><code>\(HTMLText.escape(outcome.article.draft ?? outcome.article.origin))</code></td>"
            let status = outcome.status == .failed ? "failed: " + (outcome.reason ?? "") : outcome.status == .skipped ? "up to date" : "checked"
            body += "<td data-value=\"\(outcome.status.rawValue)\">\(HTMLText.escape(status))</td>"
            body += "<td class=\"num\">\(outcome.claims)</td>"
            for severity in Severity.allCases.reversed() {
                let count = counts[severity] ?? 0
                body += "<td class=\"num\"\(count > 0 ? " data-severity=\"\(severity.rawValue)\"" : "")>\(count)</td>"
            }
            body += "</tr>\n"
        }
        body += "</tbody>\n</table>\n</main>\n"
        body += "<footer class=\"page-foot\"><p>claimcheck \(HTMLText.escape(ClaimCheck.version)).</p></footer>"
        return HTMLPage(title: "claimcheck batch: " + input, body: body).rendered()
    }
}
