/// What a batch over a web archive (`--warc`) met: the records read, the HTML responses
/// checked as drafts, and the responses skipped because their payload is not HTML.
public struct ArchiveCounts: Sendable, Hashable {
    /// Records read (every type: `warcinfo`, `request`, `response`, …).
    public var records = 0
    /// `response` records with an HTML payload: the drafts.
    public var html = 0
    /// `response` records whose payload is not HTML (images, scripts, JSON, …), or not 2xx.
    public var notHTML = 0

    /// Creates counts.
    public init(records: Int = 0, html: Int = 0, notHTML: Int = 0) {
        self.records = records
        self.html = html
        self.notHTML = notHTML
    }

    /// The sum of two shards' counts.
    public static func + (a: ArchiveCounts, b: ArchiveCounts) -> ArchiveCounts {
        ArchiveCounts(records: a.records + b.records, html: a.html + b.html, notHTML: a.notHTML + b.notHTML)
    }
}
