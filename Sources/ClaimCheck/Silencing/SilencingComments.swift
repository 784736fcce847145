import ClaimCheckHTML

/// The silencing comments of a draft and what they silence.
///
/// - `<!-- claimcheck-disable-next-line RULE[, RULE] -- reason -->` silences those rules'
///   findings on the next line with text (lines holding only blank space, tags or comments
///   are skipped);
/// - `<!-- claimcheck-disable RULE -- reason -->` … `<!-- claimcheck-enable RULE -->` silences
///   them from the disable comment's line to the enable comment's line (to the end of the
///   draft when never enabled).
///
/// No rule means every rule. A finding is matched by the line it starts on. HTML and Markdown
/// drafts only (in a plain-text draft a comment is part of the text); fenced code blocks in
/// Markdown are skipped.
public struct SilencingComments: Sendable {
    /// Lines over which rules are silenced, and why.
    struct Span: Sendable {
        var rules: Set<Rule>
        var lines: ClosedRange<Int>
        var suppression: Finding.Suppression
    }

    /// A problem with a comment: no reason, an unknown rule or directive.
    public struct Problem: Sendable, Hashable {
        /// The comment's line.
        public var line: Int
        /// The problem, in one line.
        public var message: String
    }

    var spans: [Span] = []
    /// Problems with the comments, in order.
    public private(set) var notices: [Problem] = []

    /// No comments.
    public init() {}

    /// Finds the silencing comments in a draft's decoded text.
    public init(scanning text: String, format: Document.Format) {
        guard format != .text else { return }
        let lines = Self.lines(of: text, format: format)
        var open: [Rule: (line: Int, suppression: Finding.Suppression)] = [:]
        for comment in Self.comments(in: lines) {
            guard let parsed = SilencingDirective.parse(comment.body) else { continue }
            let directive: SilencingDirective
            switch parsed {
            case .failure(let unknown):
                let known = SilencingDirective.Kind.allCases.map(\.rawValue)
                notices.append(Problem(line: comment.line, message: "unknown directive '\(unknown.word)'\(Suggestion.hint(for: unknown.word, in: known))"))
                continue
            case .success(let value): directive = value
            }
            let name = directive.kind.rawValue
            for unknown in directive.unknownRules {
                let hint = Suggestion.hint(for: unknown, in: Rule.allCases.map(\.rawValue))
                notices.append(Problem(line: comment.line, message: "unknown rule '\(unknown)' in \(name)\(hint)"))
            }
            // Only unknown rules named: silence nothing rather than everything.
            if directive.rules.isEmpty, !directive.unknownRules.isEmpty { continue }
            let rules = directive.rules.isEmpty ? Set(Rule.allCases) : Set(directive.rules)
            if directive.kind != .enable, directive.reason == nil {
                notices.append(Problem(line: comment.line, message: "\(name) without a reason"))
            }
            let suppression = Finding.Suppression(line: comment.line, justification: directive.reason)
            switch directive.kind {
            case .disableNextLine:
                guard let target = Self.nextLineWithText(after: comment.endLine, in: lines) else { continue }
                spans.append(Span(rules: rules, lines: target...target, suppression: suppression))
            case .disable:
                for rule in rules where open[rule] == nil { open[rule] = (comment.line, suppression) }
            case .enable:
                let closing = rules.filter { open[$0] != nil }
                if closing.isEmpty {
                    notices.append(Problem(line: comment.line, message: "\(name) with no claimcheck-disable before it"))
                }
                for rule in closing.sorted(by: { $0.rawValue < $1.rawValue }) {
                    if let start = open.removeValue(forKey: rule) {
                        spans.append(Span(rules: [rule], lines: start.line...max(start.line, comment.line), suppression: start.suppression))
                    }
                }
            }
        }
        for (rule, start) in open {
            spans.append(Span(rules: [rule], lines: start.line...Int.max, suppression: start.suppression))
        }
        spans.sort { $0.suppression.line < $1.suppression.line }
    }

    /// The findings, each one a comment silences marked with its `suppression`; none dropped.
    public func apply(to findings: [Finding]) -> [Finding] {
        guard !spans.isEmpty else { return findings }
        return findings.map { finding in
            guard finding.suppression == nil,
                let span = spans.first(where: { $0.rules.contains(finding.rule) && $0.lines.contains(finding.line) })
            else { return finding }
            var silenced = finding
            silenced.suppression = span.suppression
            return silenced
        }
    }
}
