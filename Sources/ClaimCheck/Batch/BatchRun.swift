import Dispatch
import Foundation

/// Runs a batch: checks every article of an input (or of its shard) in parallel, writes one
/// result file per article atomically, skips articles whose result is up to date, and
/// returns the summary (also written, atomically, as `summary.json`).
///
/// ```swift
/// let input = try BatchInput.read("articles/")
/// let summary = try BatchRun(settings: BatchSettings(output: "results", jobs: 4)).run(input)
/// print(summary.table())
/// ```
///
/// Each article is checked on its own: one that cannot be read, or whose configuration is
/// wrong, is recorded as failed and the others still run.
public struct BatchRun: Sendable {
    /// How the batch runs.
    public var settings: BatchSettings

    /// Creates a run.
    public init(settings: BatchSettings) {
        self.settings = settings
    }

    /// Runs the batch, calling `progress` (serially, from worker threads) after each article.
    ///
    /// - Throws: `BatchError` when the output folder cannot be created or the summary cannot
    ///   be written; articles' own problems are failures in the summary, never thrown.
    public func run(_ input: BatchInput, progress: @escaping @Sendable (BatchProgress) -> Void = { _ in }) throws(BatchError) -> BatchSummary {
        let articles = input.articles.filter { settings.shard?.contains(id: $0.id) ?? true }
        try prepareOutput(for: articles)
        let runID = UUID().uuidString.lowercased()
        let tally = Tally(summary: BatchSummary(input: input.path, shard: settings.shard, runID: runID, articles: articles.count), progress: progress)
        let group = DispatchGroup()
        for _ in 0..<min(settings.jobs, max(1, articles.count)) {
            DispatchQueue.global().async(group: group) {
                while let index = tally.next(limit: articles.count) {
                    tally.add(check(articles[index], runID: runID), failOn: settings.failOn)
                }
            }
        }
        group.wait()
        var summary = tally.finished()
        summary.sort(by: articles)
        try AtomicFile.write(summary.json(failOn: settings.failOn), folder: settings.output, name: settings.summaryName)
        if settings.format == .html {
            try AtomicFile.write(summary.html { $0.status == .failed ? nil : $0.article.id + ".html" }, folder: settings.output, name: settings.indexName)
        }
        return summary
    }

    /// Creates the output folder and removes temporary files a killed run left for these
    /// articles (only theirs: another shard may be writing to the same folder).
    private func prepareOutput(for articles: [BatchArticle]) throws(BatchError) {
        do {
            try FileManager.default.createDirectory(atPath: settings.output, withIntermediateDirectories: true)
        } catch {
            throw BatchError(path: settings.output, problem: "cannot create the output folder")
        }
        let listing = (try? FileManager.default.contentsOfDirectory(atPath: settings.output)) ?? []
        var names = Set(articles.flatMap { [ArticleResultFile.name(for: $0.id), $0.id + ".sarif", $0.id + ".html"] })
        names.insert(settings.summaryName)
        names.insert(settings.indexName)
        AtomicFile.removeLeftovers(folder: settings.output, names: names, in: listing)
    }

    /// Checks one article and writes its result; never throws.
    func check(_ article: BatchArticle, runID: String) -> ArticleOutcome {
        let configFile = settings.configFile ?? article.draft.flatMap { Config.find(forDraft: $0) }
        let inputHash = ArticleInputHash.of(article, configFile: configFile, settings: settings)
        let resultName = ArticleResultFile.name(for: article.id)
        let resultPath = BatchInput.join(settings.output, resultName)
        if !settings.force, article.problem == nil,
            settings.format.fileExtension.map({ FileManager.default.fileExists(atPath: BatchInput.join(settings.output, article.id + "." + $0)) }) ?? true,
            let previous = ArticleResultFile.readDone(path: resultPath, article: article, inputHash: inputHash)
        {
            return previous
        }
        let (outcome, report) = checked(article, configFile: configFile)
        return write(outcome, report: report, id: article.id, resultName: resultName, inputHash: inputHash, runID: runID)
    }

    /// Writes an article's report files (SARIF or HTML when asked) and its result file,
    /// atomically; a write that fails turns the outcome into a failure with the reason.
    func write(
        _ outcome: ArticleOutcome, report: CheckReport?, id: String, resultName: String, inputHash: String, runID: String
    ) -> ArticleOutcome {
        var outcome = outcome
        do {
            if let report, settings.format == .sarif {
                try AtomicFile.write(report.sarif(), folder: settings.output, name: id + ".sarif")
            }
            if let report, settings.format == .html {
                try AtomicFile.write(report.html(index: settings.indexName), folder: settings.output, name: id + ".html")
            }
            let record = ArticleResultFile.Record(
                outcome: outcome, inputHash: inputHash, runID: runID, finishedAt: Date().formatted(.iso8601))
            try AtomicFile.write(ArticleResultFile.text(report: report?.json(), record: record), folder: settings.output, name: resultName)
        } catch {
            outcome.status = .failed
            outcome.reason = outcome.reason ?? error.description
        }
        return outcome
    }

    /// The article checked under its configuration, and the report when there is one.
    private func checked(_ article: BatchArticle, configFile: String?) -> (ArticleOutcome, CheckReport?) {
        var outcome = ArticleOutcome(article: article, status: .failed)
        guard let draft = article.draft, article.problem == nil else {
            outcome.reason = article.problem ?? "no draft"
            return (outcome, nil)
        }
        let run: ConfiguredCheck.Outcome
        do {
            outcome.configFailOn = try configFile.map { path throws(ConfigError) in try Config.load(path: path) }?.failOn
            // `--jobs` says how many cores the batch uses: each check stays on its worker's thread.
            var options = settings.options
            options.parallel = false
            run = try ConfiguredCheck(options: options, configFile: configFile, failOn: settings.failOn)
                .run(drafts: [draft], sources: article.sources)
        } catch {
            outcome.reason = error.description
            return (outcome, nil)
        }
        let report = run.report
        if let failure = report.failures.first {
            outcome.reason = "\(failure.path): \(failure.error)"
            return (outcome, report)
        }
        outcome.status = .done
        for document in report.documents {
            outcome.claims += document.claims.count
            for finding in document.findings where finding.suppression == nil {
                outcome.findings[finding.rule, default: [:]][finding.severity, default: 0] += 1
            }
        }
        return (outcome, report)
    }
}

/// The state the workers share: the next article to take, the summary so far. Every access
/// holds the lock, which makes the unchecked `Sendable` true.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var summary: BatchSummary
    private let progress: @Sendable (BatchProgress) -> Void
    private let start = ContinuousClock.now

    init(summary: BatchSummary, progress: @escaping @Sendable (BatchProgress) -> Void) {
        self.summary = summary
        self.progress = progress
    }

    func next(limit: Int) -> Int? {
        lock.withLock {
            guard nextIndex < limit else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    func add(_ outcome: ArticleOutcome, failOn: FailThreshold?) {
        lock.withLock {
            summary.add(outcome, failOn: failOn)
            summary.seconds = Self.seconds(ContinuousClock.now - start)
            progress(summary.progress)
        }
    }

    func finished() -> BatchSummary {
        lock.withLock {
            summary.seconds = Self.seconds(ContinuousClock.now - start)
            return summary
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
