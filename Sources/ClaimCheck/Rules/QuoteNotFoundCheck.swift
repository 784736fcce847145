/// `quote-not-found`: a direct quote attributed to a source does not occur in it, after
/// normalising quotes, case and whitespace. Quotes are looked for only in cited sources in
/// the draft's language (a translated quote cannot be found verbatim).
struct QuoteNotFoundCheck: Check {
    static let rule = Rule.quoteNotFound

    static func findings(in context: CheckContext) -> [Finding] {
        guard let severity = context.severity(rule) else { return [] }
        var findings: [Finding] = []
        for (claim, checks) in zip(context.claims, context.quoteChecks) {
            for check in checks where !check.found && !check.sources.isEmpty {
                findings.append(
                    Finding(
                        rule, severity, about: claim,
                        message: "the quote “\(check.quote.text)” does not occur in the cited source (\(check.sources.joined(separator: ", "))): check the wording",
                        span: check.quote.text))
            }
        }
        return findings
    }
}
