import ClaimCheckHTML
import Foundation

/// An article's result file, `<id>.json`: the check report's JSON (none when the draft
/// could not even be found) plus a `batch` object recording the inputs' hash, the status,
/// the run that wrote it and the counts the summary needs.
struct ArticleResultFile {
    /// What the `batch` object records.
    struct Record {
        var outcome: ArticleOutcome
        var inputHash: String
        var runID: String
        var finishedAt: String
    }

    static func name(for id: String) -> String { id + ".json" }

    /// The file's text: the report's members, then `batch`.
    static func text(report: String?, record: Record) -> String {
        let batch = json(record).rendered()
        let indented = batch.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
        guard let report, let end = report.range(of: "\n}", options: .backwards) else {
            return "{\n  \"schemaVersion\": 1,\n  \"batch\": " + indented + "\n}\n"
        }
        return String(report[..<end.lowerBound]) + ",\n  \"batch\": " + indented + "\n}\n"
    }

    static func json(_ record: Record) -> JSONValue {
        let outcome = record.outcome
        return .object([
            ("id", .string(outcome.article.id)),
            ("origin", .string(outcome.article.origin)),
            ("draft", .optional(outcome.article.draft)),
            ("sources", .array(outcome.article.sources.map(JSONValue.string))),
            ("status", .string(outcome.status.rawValue)),
            ("reason", .optional(outcome.reason)),
            ("inputHash", .string(record.inputHash)),
            ("runId", .string(record.runID)),
            ("finishedAt", .string(record.finishedAt)),
            ("configFailOn", .optional(outcome.configFailOn?.rawValue)),
            ("claims", .int(outcome.claims)),
            ("findings", BatchSummary.json(findings: outcome.findings)),
        ])
    }

    /// The outcome a result file records, whatever its status (for `batch merge`'s index);
    /// nil when the file does not parse or has no `batch` object.
    static func readOutcome(path: String) -> ArticleOutcome? {
        guard let bytes = try? RegularFile.read(path: path, maxSize: DocumentReader.defaultMaxSize),
            let root = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any],
            let batch = root["batch"] as? [String: Any], let id = batch["id"] as? String,
            let status = (batch["status"] as? String).flatMap(ArticleOutcome.Status.init(rawValue:))
        else { return nil }
        let article = BatchArticle(
            id: id, draft: batch["draft"] as? String, sources: batch["sources"] as? [String] ?? [], origin: batch["origin"] as? String ?? "")
        var outcome = ArticleOutcome(article: article, status: status, reason: batch["reason"] as? String)
        read(batch, into: &outcome)
        return outcome
    }

    /// The counts of a `batch` object.
    private static func read(_ batch: [String: Any], into outcome: inout ArticleOutcome) {
        outcome.claims = batch["claims"] as? Int ?? 0
        outcome.configFailOn = (batch["configFailOn"] as? String).flatMap(FailThreshold.init(rawValue:))
        for (rule, severities) in batch["findings"] as? [String: Any] ?? [:] {
            guard let rule = Rule(rawValue: rule), let severities = severities as? [String: Any] else { continue }
            for (severity, count) in severities {
                if let severity = Severity(rawValue: severity), let count = count as? Int {
                    outcome.findings[rule, default: [:]][severity] = count
                }
            }
        }
    }

    /// The outcome recorded in an existing result file, when the file parses, was
    /// finished (`done`) and has `inputHash`; nil otherwise.
    static func readDone(path: String, article: BatchArticle, inputHash: String) -> ArticleOutcome? {
        guard let bytes = try? RegularFile.read(path: path, maxSize: DocumentReader.defaultMaxSize),
            let root = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any],
            let batch = root["batch"] as? [String: Any],
            batch["status"] as? String == ArticleOutcome.Status.done.rawValue,
            batch["inputHash"] as? String == inputHash
        else { return nil }
        var outcome = ArticleOutcome(article: article, status: .skipped)
        read(batch, into: &outcome)
        return outcome
    }
}
