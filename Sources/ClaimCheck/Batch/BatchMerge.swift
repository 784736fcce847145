import Foundation

/// `claimcheck batch merge OUT… --out DIR`: the summaries of a batch's shards, run on
/// several machines (each into its own folder, or all into one), combined into the summary
/// one run over all the articles would have written, with every shard's result files
/// copied into one folder.
///
/// Counts, claims and findings are summed; failures and failing ids are listed by id (the
/// shards do not know the input's order); `seconds` is the longest shard's (they run at the
/// same time). Every shard `1/N … N/N` must be there exactly once.
public enum BatchMerge {
    /// One shard's summary as read back.
    struct Part {
        var path: String
        var summary: BatchSummary
        var failOn: String?
    }

    /// Merges the shard summaries found in `folders` into `output` (created when missing):
    /// result files are copied, `summary.json` written.
    ///
    /// - Returns: the merged summary and the `--fail-on` the shards ran with.
    /// - Throws: `BatchError` for a folder without a shard summary, an unreadable summary,
    ///   shards of different counts, a shard given twice or missing, shards run with
    ///   different `--fail-on`, or a file that cannot be copied or written.
    public static func merge(folders: [String], into output: String) throws(BatchError) -> (summary: BatchSummary, failOn: FailThreshold?) {
        var parts: [Part] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let summaries = names.filter { $0.hasPrefix("summary") && $0.hasSuffix(".json") }.sorted()
            guard !summaries.isEmpty else { throw BatchError(path: folder, problem: "no summary.json or summary-K-of-N.json in it") }
            for name in summaries { parts.append(try read(BatchInput.join(folder, name))) }
        }
        // The same folder named twice, or one folder holding every shard, reads a summary once.
        var seenPaths: Set<String> = []
        parts = parts.filter { seenPaths.insert(BatchInput.normalized($0.path)).inserted }
        let shards = try checkedShards(parts)
        let failOns = Set(parts.map { $0.failOn ?? "" })
        guard failOns.count == 1 else { throw BatchError(path: parts[0].path, problem: "the shards ran with different --fail-on") }
        var merged = BatchSummary(
            input: Set(parts.map(\.summary.input)).count == 1 ? parts[0].summary.input : parts.map(\.summary.input).joined(separator: " "),
            shard: nil, runID: UUID().uuidString.lowercased(), articles: 0)
        merged.merged = shards.map(\.description)
        for part in parts {
            let summary = part.summary
            merged.articles += summary.articles
            merged.done += summary.done
            merged.skipped += summary.skipped
            merged.claims += summary.claims
            merged.failures += summary.failures
            merged.failing += summary.failing
            merged.seconds = max(merged.seconds, summary.seconds)
            for (rule, severities) in summary.findings {
                for (severity, count) in severities { merged.findings[rule, default: [:]][severity, default: 0] += count }
            }
            if let archive = summary.archive { merged.archive = (merged.archive ?? ArchiveCounts()) + archive }
        }
        merged.failures.sort { ($0.id, $0.origin) < ($1.id, $1.origin) }
        merged.failing.sort()
        let shardIndexes = shards.map { "index-\($0.index)-of-\($0.count).html" }
        let copied = try copyResults(from: folders, to: output, shardIndexes: shardIndexes)
        let failOn = parts[0].failOn.flatMap(FailThreshold.init(rawValue:))
        try AtomicFile.write(merged.json(failOn: failOn), folder: output, name: "summary.json")
        if copied.hadIndex {
            merged.outcomes = outcomes(in: output, resultFiles: copied.results)
            let reports = Set(copied.reports)
            try AtomicFile.write(
                merged.html { reports.contains($0.article.id + ".html") ? $0.article.id + ".html" : nil }, folder: output, name: "index.html")
        }
        return (merged, failOn)
    }

    /// The shards of the parts, in order, when they are `1/N … N/N` exactly once each.
    static func checkedShards(_ parts: [Part]) throws(BatchError) -> [BatchShard] {
        guard let first = parts.first else { throw BatchError(path: "batch merge", problem: "no folders given") }
        var shards: [BatchShard] = []
        for part in parts {
            guard let shard = part.summary.shard else {
                throw BatchError(path: part.path, problem: "not a shard's summary (the batch ran without --shard): nothing to merge")
            }
            guard shard.count == (first.summary.shard?.count ?? shard.count) else {
                throw BatchError(path: part.path, problem: "shard \(shard) does not belong with shard \(first.summary.shard!) (different counts)")
            }
            guard !shards.contains(shard) else { throw BatchError(path: part.path, problem: "shard \(shard) is given twice") }
            shards.append(shard)
        }
        let count = shards[0].count
        let missing = (1...count).filter { k in !shards.contains { $0.index == k } }
        guard missing.isEmpty else {
            throw BatchError(path: first.path, problem: "missing shard\(missing.count == 1 ? "" : "s") " + missing.map { "\($0)/\(count)" }.joined(separator: ", "))
        }
        return shards.sorted { $0.index < $1.index }
    }

    /// Reads a summary file back.
    static func read(_ path: String) throws(BatchError) -> Part {
        guard let data = FileManager.default.contents(atPath: path),
            let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            root["schemaVersion"] as? Int == 1, let input = root["input"] as? String, let articles = root["articles"] as? Int
        else { throw BatchError(path: path, problem: "not a claimcheck batch summary") }
        var summary = BatchSummary(
            input: input, shard: (root["shard"] as? String).flatMap(BatchShard.init), runID: root["runId"] as? String ?? "", articles: articles)
        summary.done = root["done"] as? Int ?? 0
        summary.skipped = root["skipped"] as? Int ?? 0
        summary.claims = root["claims"] as? Int ?? 0
        summary.seconds = root["seconds"] as? Double ?? 0
        summary.failing = root["failing"] as? [String] ?? []
        for failure in root["failures"] as? [[String: Any]] ?? [] {
            summary.failures.append(
                .init(id: failure["id"] as? String ?? "", origin: failure["origin"] as? String ?? "", reason: failure["reason"] as? String ?? ""))
        }
        for (rule, severities) in root["findingsByRule"] as? [String: Any] ?? [:] {
            guard let rule = Rule(rawValue: rule), let severities = severities as? [String: Any] else { continue }
            for (severity, count) in severities {
                if let severity = Severity(rawValue: severity), let count = count as? Int, count > 0 {
                    summary.findings[rule, default: [:]][severity] = count
                }
            }
        }
        if let archive = root["archive"] as? [String: Any] {
            summary.archive = ArchiveCounts(
                records: archive["records"] as? Int ?? 0, html: archive["html"] as? Int ?? 0, notHTML: archive["notHTML"] as? Int ?? 0)
        }
        return Part(path: path, summary: summary, failOn: root["failOn"] as? String)
    }

    /// What `copyResults` copied: result files, HTML reports, and whether a shard wrote an
    /// index page (it ran with `--format html`).
    struct Copied {
        var results: [String] = []
        var reports: [String] = []
        var hadIndex = false
    }

    /// Copies every result file (`<id>.json`, `<id>.sarif`, `<id>.html`; not summaries, not
    /// the shards' index pages, not hidden temporary files) of the folders into `output`. A
    /// report's link back to its shard's index (`index-K-of-N.html`) is pointed at the merged
    /// `index.html`.
    @discardableResult
    static func copyResults(from folders: [String], to output: String, shardIndexes: [String] = []) throws(BatchError) -> Copied {
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw BatchError(path: output, problem: "cannot create the output folder")
        }
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        var copied = Copied()
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            let isOutput = URL(fileURLWithPath: folder).standardizedFileURL.path == target
            for name in names where !name.hasPrefix(".") && !name.hasPrefix("summary") {
                if name == "index.html" || shardIndexes.contains(name) {
                    copied.hadIndex = true
                    continue
                }
                guard name.hasSuffix(".json") || name.hasSuffix(".sarif") || name.hasSuffix(".html") else { continue }
                if name.hasSuffix(".json") { copied.results.append(name) }
                if name.hasSuffix(".html") { copied.reports.append(name) }
                let destination = BatchInput.join(output, name)
                do {
                    if name.hasSuffix(".html") {
                        var page = try String(contentsOfFile: BatchInput.join(folder, name), encoding: .utf8)
                        for index in shardIndexes { page = page.replacingOccurrences(of: "href=\"\(index)\"", with: "href=\"index.html\"") }
                        try AtomicFile.write(page, folder: output, name: name)
                    } else if !isOutput {
                        if FileManager.default.fileExists(atPath: destination) { try FileManager.default.removeItem(atPath: destination) }
                        try FileManager.default.copyItem(atPath: BatchInput.join(folder, name), toPath: destination)
                    }
                } catch {
                    throw BatchError(path: destination, problem: "cannot copy the result file")
                }
            }
        }
        return copied
    }

    /// The outcomes recorded in the merged result files, by id.
    static func outcomes(in output: String, resultFiles: [String]) -> [ArticleOutcome] {
        Set(resultFiles).sorted().compactMap { ArticleResultFile.readOutcome(path: BatchInput.join(output, $0)) }
    }
}
