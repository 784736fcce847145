import ClaimCheck
import ClaimCheckHTML
import Foundation

/// `claimcheck fetch`: the cited pages of drafts, fetched and saved for offline checks — a
/// folder `--sources` reads back (pages plus `claimcheck-sources.json`), a WARC file, or both.
public struct Snapshot: Sendable {
    /// What happened to one cited link.
    public struct Outcome: Sendable {
        /// The link.
        public var link: String
        /// The file written under the folder, when fetched.
        public var file: String?
        /// Why it could not be fetched.
        public var failure: FetchFailure?
    }

    /// A snapshot that cannot be made: a draft that cannot be read, or a file that cannot be written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        /// The file or folder.
        public var path: String
        /// The problem.
        public var problem: String
        public var description: String { "\(path): \(problem)" }
    }

    /// The fetch settings.
    public var settings: FetchSettings
    /// The check options (publisher aliases used to find citations).
    public var options: CheckOptions

    /// Creates a snapshot.
    public init(settings: FetchSettings, options: CheckOptions = CheckOptions()) {
        self.settings = settings
        self.options = options
    }

    /// Fetches the links drafts cite and writes them to `folder` and/or `warc`.
    ///
    /// - Throws: `WriteError` when a draft cannot be read (nothing is fetched), or the folder,
    ///   a page, the index or the WARC cannot be written.
    public func save(drafts: [String], folder: String?, warc: String?) throws(WriteError) -> [Outcome] {
        let reader = DocumentReader(maxSize: options.maxSize)
        var unreadable: WriteError?
        let links = CitedPages.links(citedBy: drafts, reader: reader, options: options) { path, error in
            if unreadable == nil { unreadable = WriteError(path: path, problem: error.description) }
        }
        if let unreadable { throw unreadable }
        let results = FetchRun(settings: settings).fetch(links)
        var outcomes: [Outcome] = []
        var pages: [FetchedPage] = []
        var index: [SnapshotIndex.Page] = []
        if let folder {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw WriteError(path: folder, problem: "cannot create the folder")
            }
        }
        for (link, result) in results {
            switch result {
            case .failure(let failure):
                outcomes.append(Outcome(link: link, file: nil, failure: failure))
            case .success(let page):
                pages.append(page)
                let name = String(FetchCache.key(link).prefix(16)) + "." + page.fileExtension
                if let folder {
                    do {
                        try Data(page.body).write(to: URL(fileURLWithPath: folder + "/" + name), options: .atomic)
                    } catch {
                        throw WriteError(path: folder + "/" + name, problem: "cannot write the page")
                    }
                }
                index.append(.init(file: name, url: link, finalURL: page.finalURL, charset: page.charset))
                outcomes.append(Outcome(link: link, file: folder == nil ? nil : name, failure: nil))
            }
        }
        if let folder {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let path = folder + "/" + SnapshotIndex.fileName
            do {
                try encoder.encode(SnapshotIndex(pages: index)).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw WriteError(path: path, problem: "cannot write the index")
            }
        }
        if let warc {
            let bytes = WARCWriter.bytes(of: WARCWriter.records(for: pages, userAgent: settings.userAgent))
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: warc), options: .atomic)
            } catch {
                throw WriteError(path: warc, problem: "cannot write the WARC file")
            }
        }
        return outcomes
    }
}
