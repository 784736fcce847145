extension BatchSummary {
    /// The summary as a plain-text table, for people:
    ///
    /// ```
    /// articles 60: done 57, skipped 0, failed 3 (12.4 s)
    /// claims 412; findings: 3 errors, 40 warnings, 0 info
    ///
    /// rule                    error  warning   info
    /// conflicting-figures         3        1      0
    ///
    /// failed:
    ///   line-7  articles.jsonl:7: not valid JSON
    /// ```
    public func table() -> String {
        let bySeverity = findingsBySeverity
        var lines: [String] = []
        let shardText = shard.map { " (shard \($0))" } ?? ""
        lines.append("articles \(articles)\(shardText): done \(done), skipped \(skipped), failed \(failed) (\(Self.format(seconds)) s)")
        if let archive {
            lines.append("archive: \(archive.records) records, \(archive.html) HTML responses checked, \(archive.notHTML) other responses skipped (not HTML)")
        }
        lines.append(
            "claims \(claims); findings: \(bySeverity[.error] ?? 0) errors, \(bySeverity[.warning] ?? 0) warnings, \(bySeverity[.info] ?? 0) info"
        )
        let rules = Rule.allCases.filter { findings[$0] != nil }
        if !rules.isEmpty {
            let width = max(4, rules.map(\.rawValue.count).max() ?? 0)
            lines.append("")
            lines.append(Self.pad("rule", width) + "  " + ["error", "warning", "info"].map { Self.padLeft($0, 7) }.joined(separator: " "))
            for rule in rules {
                let counts = [Severity.error, .warning, .info].map { Self.padLeft(String(findings[rule]?[$0] ?? 0), 7) }
                lines.append(Self.pad(rule.rawValue, width) + "  " + counts.joined(separator: " "))
            }
        }
        if !failing.isEmpty {
            lines.append("")
            lines.append("at or above fail-on: \(failing.count) article\(failing.count == 1 ? "" : "s")")
        }
        if !failures.isEmpty {
            lines.append("")
            lines.append("failed:")
            for failure in failures { lines.append("  \(failure.id)  \(failure.origin): \(failure.reason)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func format(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
