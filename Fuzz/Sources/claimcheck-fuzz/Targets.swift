import ClaimCheck
import ClaimCheckFetch
import Foundation

/// The fuzz targets: each takes one input's bytes and runs one reader or stage on them. A
/// target only has to survive: any crash, trap (overflow, out-of-bounds index, force unwrap),
/// ASan report, timeout or memory blow-up is a finding. Errors the code throws are fine.
enum Targets {
    /// A target: its name, what it runs, and the fixtures its seed corpus comes from.
    struct Target: Sendable {
        var name: String
        var summary: String
        /// File extensions under `fixtures/` whose files seed it.
        var seedExtensions: [String]
        var run: @Sendable ([UInt8]) -> Void
    }

    static let all: [Target] = [
        Target(name: "html", summary: "HTML reader (libxml2, main text, metadata, links), and the format sniffing", seedExtensions: ["html"]) {
            bytes in
            _ = try? HTMLReader.read(bytes, path: "fuzz.html", options: .init(url: "https://example.org/a/b"))
            _ = try? DocumentReader().read(bytes: bytes, path: "fuzz")
        },
        Target(name: "markdown", summary: "Markdown draft reader", seedExtensions: ["md"]) { bytes in
            _ = try? DocumentReader(format: .markdown).read(bytes: bytes, path: "fuzz.md")
        },
        Target(name: "text", summary: "plain-text draft reader (encoding sniffing, paragraphs)", seedExtensions: ["txt"]) { bytes in
            _ = try? DocumentReader(format: .text).read(bytes: bytes, path: "fuzz.txt")
        },
        Target(name: "figures-en", summary: "sentence splitter and figure/date scanner, English", seedExtensions: ["txt", "md"]) { bytes in
            figures(bytes, language: .english)
        },
        Target(name: "figures-fr", summary: "sentence splitter and figure/date scanner, French", seedExtensions: ["txt", "md"]) { bytes in
            figures(bytes, language: .french)
        },
        Target(name: "config", summary: ".claimcheck.yml parsing (Yams) and applying it to the options", seedExtensions: ["yml"]) { bytes in
            guard let config = try? Config.parse(yaml: String(decoding: bytes, as: UTF8.self), path: "fuzz/.claimcheck.yml") else { return }
            var options = CheckOptions()
            options.apply(config)
            _ = options.ignore.ignores("fuzz/draft.md")
        },
        Target(name: "warc", summary: "WARC reader, and reading each archived response as a page", seedExtensions: ["warc"]) { bytes in
            guard let records = try? WARCReader.records(bytes) else { return }
            for record in records where record.type == "response" {
                _ = record.httpHeaders
                _ = try? DocumentReader().read(bytes: record.payload, path: "fuzz.warc#\(record["WARC-Target-URI"] ?? "")")
            }
        },
        Target(
            name: "check",
            summary: "a whole check: the input as a draft (sniffed, and as Markdown) against the same text rendered as an HTML, Markdown, plain-text and WARC source; every report format",
            seedExtensions: ["txt", "md"]
        ) { bytes in
            WholeCheck.run(bytes)
        },
    ]

    static func named(_ name: String) -> Target? { all.first { $0.name == name } }

    private static func figures(_ bytes: [UInt8], language: Language) {
        let text = String(decoding: bytes, as: UTF8.self)
        let extractor = FigureExtractor(language: language)
        for sentence in SentenceSplitter.sentences(in: text, language: language) {
            let analysis = extractor.analyze(sentence.text)
            for figure in analysis.figures { _ = (figure.low, figure.high, figure.noun) }
        }
        _ = extractor.numbers(in: text)
    }
}

/// The `check` target: draft and sources from one input.
enum WholeCheck {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var sources: [Document] = []
        let url = "https://example.org/report"
        let html = Rendering.html(text, url: url)
        if let page = try? DocumentReader().read(bytes: Array(html.utf8), path: "source.html", url: url) { sources.append(page) }
        if let page = try? DocumentReader(format: .markdown).read(bytes: bytes, path: "source.md") { sources.append(page) }
        if let page = try? DocumentReader(format: .text).read(bytes: bytes, path: "source.txt") { sources.append(page) }
        let warc = Rendering.warc(html, url: url)
        if let records = try? WARCReader.records(warc) {
            for record in records where record.type == "response" {
                if let page = try? DocumentReader().read(bytes: record.payload, path: "source.warc#\(url)", url: url) { sources.append(page) }
            }
        }
        let matcher = Matcher(store: SourceStore(documents: sources), parallel: false)
        var options = CheckOptions()
        options.parallel = false
        let checker = ClaimChecker(options: options)
        for (path, reader) in [("draft", DocumentReader()), ("draft.md", DocumentReader(format: .markdown))] {
            guard let draft = try? reader.read(bytes: bytes, path: path) else { continue }
            let result = checker.check(draft, fileText: text, matcher: matcher)
            let report = CheckReport(documents: [result], failures: [], sources: [])
            _ = report.json()
            _ = report.text(colour: false)
            _ = report.sarif()
            _ = report.githubAnnotations()
        }
    }
}

/// A text rendered as a source page in the formats a source comes in.
enum Rendering {
    /// An HTML page: the text's blank-line blocks as paragraphs, escaped, with a canonical URL.
    static func html(_ text: String, url: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map { "<p>\(escape($0))</p>" }.joined(separator: "\n")
        return """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title>
            <link rel="canonical" href="\(url)"><meta property="og:site_name" content="Example News"></head>
            <body><article><h1>Report</h1>
            \(paragraphs)
            </article></body></html>
            """
    }

    /// A WARC file holding the page as one `response` record, as `claimcheck fetch` writes it.
    static func warc(_ html: String, url: String) -> [UInt8] {
        let page = FetchedPage(
            url: url, finalURL: url, status: 200, headers: ["content-type": "text/html; charset=utf-8"], fetchedAt: 0,
            body: Array(html.utf8))
        return WARCWriter.bytes(of: WARCWriter.records(for: [page], userAgent: "claimcheck-fuzz", date: Date(timeIntervalSince1970: 0)))
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
