import ClaimCheckHTML
import Dispatch
import Foundation

extension BatchRun {
    /// Runs a batch over a web archive: every `response` record of the WARC file (plain or
    /// `.warc.gz`) whose payload is HTML is a draft, checked against `sources`; its id is the
    /// record's id (`<urn:uuid:…>` → the uuid), its path the target URI.
    ///
    /// Records are read one at a time while the workers check the ones before (at most one
    /// record per worker in memory), so memory stays flat whatever the archive's size. The
    /// sources are read once for all records. Results, resumption and shards work as for a
    /// folder: `<id>.json` per record, skipped when up to date, `--shard` by record id.
    ///
    /// - Throws: `BatchError` when the archive cannot be opened, the output folder cannot be
    ///   created or the summary cannot be written. A framing problem part-way through is a
    ///   failure in the summary; the records before it are still checked.
    public func run(
        archive path: String, sources: [String], progress: @escaping @Sendable (BatchProgress) -> Void = { _ in }
    ) throws(BatchError) -> BatchSummary {
        let stream: WARCStream
        do throws(WARCReader.Failure) {
            stream = try WARCStream(path: path)
        } catch {
            throw BatchError(path: path, problem: error.problem)
        }
        do {
            try FileManager.default.createDirectory(atPath: settings.output, withIntermediateDirectories: true)
        } catch {
            throw BatchError(path: settings.output, problem: "cannot create the output folder")
        }
        var options = settings.options
        options.parallel = false
        var configFailOn: FailThreshold?
        if let configFile = settings.configFile {
            do {
                let config = try Config.load(path: configFile)
                options.apply(config)
                configFailOn = config.failOn
            } catch {
                throw BatchError(path: error.location, problem: error.problem)
            }
        }
        let reader = DocumentReader(maxSize: options.maxSize)
        let (store, _) = SourceStore.load(paths: sources, reader: reader, aliases: options.aliases, parallel: true)
        let checker = ArchiveChecker(
            run: self, options: options, matcher: Matcher(store: store, parallel: false), sourcesGiven: !sources.isEmpty,
            configFailOn: configFailOn, sourcesHash: ArticleInputHash.ofShared(sources: sources, configFile: settings.configFile, settings: settings),
            sources: sources, archive: path)
        let runID = UUID().uuidString.lowercased()
        let feed = ArchiveFeed(stream: stream, shard: settings.shard, path: path)
        let tally = ArchiveTally(
            summary: BatchSummary(input: path, shard: settings.shard, runID: runID, articles: 0), keepOutcomes: settings.format == .html,
            progress: progress)
        let group = DispatchGroup()
        for _ in 0..<settings.jobs {
            DispatchQueue.global().async(group: group) {
                while let (position, article, page) = feed.next() {
                    tally.begin()
                    tally.add(checker.check(article, page: page, runID: runID), position: position, failOn: settings.failOn)
                }
            }
        }
        group.wait()
        var summary = tally.finished()
        summary.archive = feed.counts
        if let failure = feed.failure {
            summary.failures.append(BatchSummary.Failure(id: "archive", origin: path, reason: failure))
        }
        try AtomicFile.write(summary.json(failOn: settings.failOn), folder: settings.output, name: settings.summaryName)
        if settings.format == .html {
            try AtomicFile.write(summary.html { $0.status == .failed ? nil : $0.article.id + ".html" }, folder: settings.output, name: settings.indexName)
        }
        return summary
    }
}

/// A record's id as an article id: `<urn:uuid:…>` → the uuid, other ids with every
/// character an id may not hold made `_`.
enum ArchiveRecordID {
    static func articleID(_ recordID: String) -> String {
        var id = recordID.trimmingCharacters(in: .whitespaces)
        if id.hasPrefix("<"), id.hasSuffix(">") { id = String(id.dropFirst().dropLast()) }
        if id.lowercased().hasPrefix("urn:uuid:") { id = String(id.dropFirst(9)) }
        let safe = String(id.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) || ArticleID.punctuation.contains($0) ? $0 : "_" })
        return ArticleID.isValid(safe) ? safe : ArticleID.derived(from: "_" + safe + ".x")
    }
}

/// Hands the archive's HTML responses to the workers one at a time, under a lock: the
/// reading and inflating is serial, the checking parallel.
private final class ArchiveFeed: @unchecked Sendable {
    private let lock = NSLock()
    private let stream: WARCStream
    private let shard: BatchShard?
    private let path: String
    private var position = 0
    private var seenIDs: Set<String> = []
    // Read under the lock while running, and by the caller once every worker is done.
    private(set) var counts = ArchiveCounts()
    private(set) var failure: String?

    init(stream: WARCStream, shard: BatchShard?, path: String) {
        self.stream = stream
        self.shard = shard
        self.path = path
    }

    /// The next HTML response of this shard: its position, the article and the page.
    func next() -> (Int, BatchArticle, FetchedPage)? {
        lock.withLock {
            while failure == nil {
                let record: WARCRecord?
                do throws(WARCReader.Failure) {
                    record = try stream.next()
                } catch {
                    failure = error.description
                    return nil
                }
                guard let record else { return nil }
                let recordID = record["WARC-Record-ID"] ?? "record-\(stream.count)"
                var id = ArchiveRecordID.articleID(recordID)
                if let shard, !shard.contains(id: id) { continue }
                counts.records += 1
                guard record.type == "response", let target = record["WARC-Target-URI"] else { continue }
                let status = Self.status(of: record.block)
                let page = FetchedPage(url: target, finalURL: target, status: status, headers: record.httpHeaders, fetchedAt: 0, body: record.payload)
                guard (200..<300).contains(status), let type = page.mediaType, type == "text/html" || type == "application/xhtml+xml" else {
                    counts.notHTML += 1
                    continue
                }
                counts.html += 1
                position += 1
                var problem: String?
                if !seenIDs.insert(id).inserted {
                    problem = "record id \(recordID) is used twice in the archive"
                    id += "-duplicate-\(position)"
                }
                let article = BatchArticle(id: id, draft: target, sources: [], origin: "\(path)#\(stream.count)", problem: problem)
                return (position, article, page)
            }
            return nil
        }
    }

    /// The status code of an HTTP response block (`HTTP/1.1 200 OK`), 0 when unreadable.
    static func status(of block: [UInt8]) -> Int {
        let line = block.prefix(64).split(separator: 13, maxSplits: 1).first ?? []
        let parts = String(decoding: line, as: UTF8.self).split(separator: " ")
        return parts.count >= 2 ? Int(parts[1]) ?? 0 : 0
    }
}

/// Checks one archived page as a draft and writes its result.
private struct ArchiveChecker: Sendable {
    var run: BatchRun
    var options: CheckOptions
    var matcher: Matcher
    var sourcesGiven: Bool
    var configFailOn: FailThreshold?
    var sourcesHash: String
    var sources: [String]
    var archive: String

    func check(_ article: BatchArticle, page: FetchedPage, runID: String) -> ArticleOutcome {
        var article = article
        article.sources = sources
        let settings = run.settings
        var hash = FNV1a64()
        hash.combine(sourcesHash)
        hash.combine(article.draft ?? "")
        hash.combine(page.headers["content-type"] ?? "")
        hash.combine(bytes: page.body)
        let inputHash = hash.hex
        let resultName = ArticleResultFile.name(for: article.id)
        let resultPath = BatchInput.join(settings.output, resultName)
        if !settings.force, article.problem == nil,
            settings.format.fileExtension.map({ FileManager.default.fileExists(atPath: BatchInput.join(settings.output, article.id + "." + $0)) }) ?? true,
            let previous = ArticleResultFile.readDone(path: resultPath, article: article, inputHash: inputHash)
        {
            return previous
        }
        var outcome = ArticleOutcome(article: article, status: .failed)
        outcome.configFailOn = configFailOn
        var report: CheckReport?
        if let problem = article.problem {
            outcome.reason = problem
        } else {
            var reader = DocumentReader(maxSize: options.maxSize)
            reader.declaredCharset = page.charset
            reader.format = .html
            do throws(ReadError) {
                var (document, text) = try reader.readWithText(bytes: page.body, path: page.url, url: page.url)
                if document.metadata.url == nil { document.metadata.url = page.url }
                let result = ClaimChecker(options: options).check(document, fileText: text, matcher: matcher, sourcesGiven: sourcesGiven)
                report = CheckReport(documents: [result], failures: [], sources: [])
                outcome.status = .done
                outcome.claims = result.claims.count
                for finding in result.findings where finding.suppression == nil {
                    outcome.findings[finding.rule, default: [:]][finding.severity, default: 0] += 1
                }
            } catch {
                outcome.reason = error.description
                report = CheckReport(documents: [], failures: [.init(path: page.url, error: error)], sources: [])
            }
        }
        return run.write(outcome, report: report, id: article.id, resultName: resultName, inputHash: inputHash, runID: runID)
    }
}

/// The summary of an archive run so far: articles are counted as they are taken, and
/// failures and failing ids kept with their position in the archive to sort at the end.
private final class ArchiveTally: @unchecked Sendable {
    private let lock = NSLock()
    private var summary: BatchSummary
    private var positions: [String: Int] = [:]
    /// Whether to keep every outcome (for the HTML index); otherwise memory would grow with
    /// the archive.
    private let keepOutcomes: Bool
    private let progress: @Sendable (BatchProgress) -> Void
    private let start = ContinuousClock.now

    init(summary: BatchSummary, keepOutcomes: Bool, progress: @escaping @Sendable (BatchProgress) -> Void) {
        self.summary = summary
        self.keepOutcomes = keepOutcomes
        self.progress = progress
    }

    func begin() {
        lock.withLock { summary.articles += 1 }
    }

    func add(_ outcome: ArticleOutcome, position: Int, failOn: FailThreshold?) {
        lock.withLock {
            summary.add(outcome, failOn: failOn)
            if keepOutcomes { positions[outcome.article.id] = position } else { summary.outcomes.removeAll(keepingCapacity: true) }
            if outcome.status == .failed || outcome.fails(failOn: failOn) { positions[outcome.article.id] = position }
            let elapsed = ContinuousClock.now - start
            summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            progress(summary.progress)
        }
    }

    func finished() -> BatchSummary {
        lock.withLock {
            let elapsed = ContinuousClock.now - start
            summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            summary.failures.sort { (positions[$0.id] ?? 0) < (positions[$1.id] ?? 0) }
            summary.failing.sort { (positions[$0] ?? 0) < (positions[$1] ?? 0) }
            summary.outcomes.sort { (positions[$0.article.id] ?? 0) < (positions[$1.article.id] ?? 0) }
            return summary
        }
    }
}
