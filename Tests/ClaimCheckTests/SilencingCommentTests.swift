import ClaimCheckHTML
import Testing

@testable import ClaimCheck

/// Inline silencing comments: next line, ranges, all rules, reasons, unknown rules.
@Suite("silencing: comments")
struct SilencingCommentTests {
    private func finding(_ rule: Rule, line: Int) -> Finding {
        Finding(rule: rule, severity: .warning, message: "m", line: line, column: 1, claim: nil, text: "t")
    }

    /// Which of a finding per rule on each line are silenced, as "line:rule" strings.
    private func silenced(_ text: String, format: Document.Format = .markdown, lines: ClosedRange<Int>, rules: [Rule] = [.unsourcedFigure, .vagueAttribution]) -> [String] {
        let findings = lines.flatMap { line in rules.map { finding($0, line: line) } }
        return SilencingComments(scanning: text, format: format).apply(to: findings)
            .filter { $0.suppression != nil }.map { "\($0.line):\($0.rule.rawValue)" }
    }

    @Test("disable-next-line silences its rules on the next line with text only")
    func nextLine() {
        let text = "a\n<!-- claimcheck-disable-next-line unsourced-figure -- checked -->\n\nb\nc\n"
        #expect(silenced(text, lines: 1...5) == ["4:unsourced-figure"])
    }

    @Test("Stacked next-line comments each reach the text below them")
    func stacked() {
        let text = "<!-- claimcheck-disable-next-line unsourced-figure -- a -->\n<!-- claimcheck-disable-next-line vague-attribution -- b -->\nc\n"
        #expect(silenced(text, lines: 1...3) == ["3:unsourced-figure", "3:vague-attribution"])
    }

    @Test("Several rules, comma- or space-separated; no rule means all rules")
    func rules() {
        #expect(silenced("<!-- claimcheck-disable-next-line unsourced-figure, vague-attribution -- x -->\nb\n", lines: 1...3) == ["2:unsourced-figure", "2:vague-attribution"])
        #expect(silenced("<!-- claimcheck-disable-next-line unsourced-figure vague-attribution -- x -->\nb\n", lines: 1...3).count == 2)
        #expect(silenced("<!-- claimcheck-disable-next-line -- x -->\nb\n", lines: 1...3, rules: Rule.allCases).count == Rule.allCases.count)
    }

    @Test("disable … enable silences the lines between, inclusive; unclosed runs to the end")
    func ranges() {
        let text = "a\n<!-- claimcheck-disable vague-attribution -- x -->\nb\nc\n<!-- claimcheck-enable vague-attribution -->\nd\n"
        #expect(silenced(text, lines: 1...6) == ["2:vague-attribution", "3:vague-attribution", "4:vague-attribution", "5:vague-attribution"])
        let open = "a\n<!-- claimcheck-disable -- x -->\nb\n"
        #expect(silenced(open, lines: 1...40) == (2...40).flatMap { ["\($0):unsourced-figure", "\($0):vague-attribution"] })
    }

    @Test("Enabling one rule inside an all-rules range keeps the others silenced")
    func enableOne() {
        let text = "<!-- claimcheck-disable -- x -->\na\n<!-- claimcheck-enable unsourced-figure -->\nb\n"
        #expect(silenced(text, lines: 4...4) == ["4:vague-attribution"])
    }

    @Test("The suppression records the comment's line and its reason; none dropped")
    func suppression() {
        let comments = SilencingComments(scanning: "x\n<!-- claimcheck-disable-next-line unsourced-figure -- on the record -->\nb\n", format: .markdown)
        let out = comments.apply(to: [finding(.unsourcedFigure, line: 3), finding(.unsourcedFigure, line: 1)])
        #expect(out.count == 2)
        #expect(out[0].suppression == Finding.Suppression(line: 2, justification: "on the record"))
        #expect(out[1].suppression == nil)
        #expect(comments.notices.isEmpty)
    }

    @Test("A disable comment without a reason silences and is a notice; enable needs none")
    func noReason() {
        let comments = SilencingComments(
            scanning: "<!-- claimcheck-disable-next-line unsourced-figure -->\na\n<!-- claimcheck-disable -- -->\n<!-- claimcheck-enable -->\n",
            format: .markdown)
        #expect(comments.notices.map(\.message) == ["claimcheck-disable-next-line without a reason", "claimcheck-disable without a reason"])
        #expect(comments.notices.map(\.line) == [1, 3])
        #expect(comments.apply(to: [finding(.unsourcedFigure, line: 2)]).first?.suppression == Finding.Suppression(line: 1, justification: nil))
    }

    @Test("Unknown rules and directives are notices; a comment naming only unknown rules silences nothing")
    func unknown() {
        let text = "<!-- claimcheck-disable-next-line unsourced-figures -- x -->\na\n<!-- claimcheck-disable-nextline -- y -->\nb\n<!-- claimcheck-enable quote-not-found -->\n"
        let comments = SilencingComments(scanning: text, format: .markdown)
        #expect(
            comments.notices.map(\.message) == [
                "unknown rule 'unsourced-figures' in claimcheck-disable-next-line (did you mean 'unsourced-figure'?)",
                "unknown directive 'claimcheck-disable-nextline' (did you mean 'claimcheck-disable-next-line'?)",
                "claimcheck-enable with no claimcheck-disable before it",
            ])
        #expect(silenced(text, lines: 1...5).isEmpty)
    }

    @Test("HTML: lines of tags only are skipped to reach the text; comments may span lines")
    func html() {
        let text = "<div>\n<!-- claimcheck-disable-next-line\n     unsourced-figure -- two lines -->\n<p>\n  The text.\n</p>\n"
        #expect(silenced(text, format: .html, lines: 1...6) == ["5:unsourced-figure"])
    }

    @Test("Markdown code blocks and ordinary comments are not directives; plain text has none")
    func notDirectives() {
        let fenced = "```\n<!-- claimcheck-disable -- example -->\n```\na\n<!-- a note -->\nb\n"
        #expect(silenced(fenced, lines: 1...6).isEmpty)
        #expect(silenced("<!-- claimcheck-disable -- x -->\na\n", format: .text, lines: 1...2).isEmpty)
    }
}
