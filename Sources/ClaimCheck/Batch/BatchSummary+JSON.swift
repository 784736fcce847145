extension BatchSummary {
    /// The summary as JSON (`summary.json`):
    ///
    /// ```json
    /// {"schemaVersion": 1, "tool": {…}, "input": "articles/", "shard": "1/4", "runId": "…",
    ///  "articles": 60, "done": 58, "skipped": 0, "failed": 2, "claims": 412,
    ///  "findings": {"error": 3, "warning": 40, "info": 0},
    ///  "findingsByRule": {"conflicting-figures": {"error": 3, "warning": 1, "info": 0}, …},
    ///  "failing": ["a17"], "failOn": "error",
    ///  "failures": [{"id": "line-7", "origin": "m.jsonl:7", "reason": "not valid JSON"}],
    ///  "seconds": 12.5}
    /// ```
    ///
    /// `failOn` is the `--fail-on` given, or null when each article used its configuration's.
    public func json(failOn: FailThreshold?) -> String {
        let bySeverity = findingsBySeverity
        return JSONValue.object([
            ("schemaVersion", .int(1)),
            ("tool", .object([("name", .string("claimcheck")), ("version", .string(ClaimCheck.version))])),
            ("input", .string(input)),
            ("shard", .optional(shard?.description)),
            ("runId", .string(runID)),
            ("articles", .int(articles)),
            ("done", .int(done)),
            ("skipped", .int(skipped)),
            ("failed", .int(failed)),
            ("claims", .int(claims)),
            ("findings", .object(Severity.allCases.reversed().map { ($0.rawValue, .int(bySeverity[$0] ?? 0)) })),
            ("findingsByRule", Self.json(findings: findings)),
            ("failing", .array(failing.map(JSONValue.string))),
            ("failOn", .optional(failOn?.rawValue)),
            (
                "failures",
                .array(failures.map { .object([("id", .string($0.id)), ("origin", .string($0.origin)), ("reason", .string($0.reason))]) })
            ),
            ("seconds", .double((seconds * 1000).rounded() / 1000)),
        ] + archiveMembers).rendered() + "\n"
    }

    /// `"mergedShards": ["1/4", …]` for a merged summary, and `"archive": {"records": …,
    /// "html": …, "notHTML": …}` for a batch over a web archive.
    private var archiveMembers: [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let merged { members.append(("mergedShards", .array(merged.map(JSONValue.string)))) }
        guard let archive else { return members }
        return members + [("archive", .object([("records", .int(archive.records)), ("html", .int(archive.html)), ("notHTML", .int(archive.notHTML))]))]
    }

    /// Findings by rule (rules in `Rule` order, only those found) and severity.
    static func json(findings: [Rule: [Severity: Int]]) -> JSONValue {
        .object(
            Rule.allCases.compactMap { rule in
                guard let severities = findings[rule] else { return nil }
                return (rule.rawValue, .object(Severity.allCases.reversed().map { ($0.rawValue, .int(severities[$0] ?? 0)) }))
            })
    }
}
