import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `claimcheck-eval batch`: articles per second of `claimcheck batch` with `--jobs 1` and
/// `--jobs 2` on a generated batch, and its peak memory for a quarter of the articles and
/// all of them (it must not grow with their number). Prints figures; asserts nothing.
struct BatchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Time claimcheck batch on generated articles (--jobs 1 and 2) and compare its peak memory for N/4 and N articles."
    )

    @Option(help: "The claimcheck binary (build it with -c release).")
    var binary = ".build/release/claimcheck"

    @Option(help: "Articles to generate.")
    var articles = 1000

    @Option(help: "Source pages per article.")
    var sources = 5

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-batch-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var corpus = BatchCorpus(articles: articles, sources: sources)
        try corpus.write(to: folder)
        let quarter = max(1, articles / 4)
        try corpus.manifest(count: quarter).write(to: folder.appendingPathComponent("quarter.jsonl"), atomically: true, encoding: .utf8)
        print("claimcheck batch: \(articles) generated articles, \(sources) sources each (~\(corpus.bytes / 1000) KB in all), \(binary)")
        print("  run                          s   articles/s   peak MB   CPU s   cores busy")
        let one = try measure("\(articles) articles, --jobs 1", folder.appendingPathComponent("articles").path, jobs: 1, folder: folder)
        let two = try measure("\(articles) articles, --jobs 2", folder.appendingPathComponent("articles").path, jobs: 2, folder: folder)
        let small = try measure("\(quarter) articles, --jobs 2", folder.appendingPathComponent("quarter.jsonl").path, jobs: 2, folder: folder)
        print(
            String(format: "scaling --jobs 2 / --jobs 1: %.2fx (target >= 1.8x)", (Double(articles) / two.seconds) / (Double(articles) / one.seconds))
        )
        print(
            String(
                format: "peak memory, %d vs %d articles (--jobs 2): %.1f MB vs %.1f MB, ratio %.2f (target < 300 MB, not growing)", articles,
                quarter, two.megabytes, small.megabytes, two.megabytes / small.megabytes))
    }

    struct Measurement {
        var seconds: Double
        var megabytes: Double
    }

    private func measure(_ label: String, _ input: String, jobs: Int, folder: URL) throws -> Measurement {
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)").path
        let start = ContinuousClock.now
        let child = try ChildProcess.run(binary, ["batch", input, "--out", out, "--jobs", String(jobs), "--fail-on", "none"])
        let (status, maxRSS, cpu) = (child.status, child.maxRSS, child.cpuSeconds)
        let elapsed = ContinuousClock.now - start
        let seconds = elapsed.inSeconds
        guard status == 0 else { throw ValidationError("\(binary) batch exited \(status) (\(label))") }
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
        let done = summary?["done"] as? Int ?? 0
        // ru_maxrss is in kilobytes on Linux.
        let megabytes = Double(maxRSS) / 1024
        print(
            "  " + label.padding(toLength: 26, withPad: " ", startingAt: 0)
                + String(format: " %6.2f %12.1f %9.1f %7.2f %12.2f", seconds, Double(done) / seconds, megabytes, cpu, cpu / seconds))
        try? FileManager.default.removeItem(atPath: out)
        return Measurement(seconds: seconds, megabytes: megabytes)
    }

}

/// Generated articles: each a Markdown draft of a few figures and attributions, and its
/// source pages, all derived from the article's number (the same files on every run).
struct BatchCorpus {
    var articles: Int
    var sources: Int
    private(set) var bytes = 0

    init(articles: Int, sources: Int) {
        self.articles = articles
        self.sources = sources
    }

    static let cities = ["Lyon", "Marseille", "Lille", "Nantes", "Toulouse", "Bordeaux", "Rennes", "Nice"]
    static let nouns = ["protesters", "workers", "students", "farmers", "officers", "residents"]

    mutating func write(to folder: URL) throws {
        let files = FileManager.default
        for n in 0..<articles {
            let article = folder.appendingPathComponent("articles/" + Self.id(n))
            try files.createDirectory(at: article.appendingPathComponent("sources"), withIntermediateDirectories: true)
            let draft = self.draft(n)
            try draft.write(to: article.appendingPathComponent("draft.md"), atomically: false, encoding: .utf8)
            bytes += draft.utf8.count
            for s in 0..<sources {
                let page = self.page(n, s)
                try page.write(to: article.appendingPathComponent("sources/page\(s).html"), atomically: false, encoding: .utf8)
                bytes += page.utf8.count
            }
        }
    }

    /// A manifest of the first `count` articles, paths relative to the benchmark folder.
    func manifest(count: Int) -> String {
        (0..<count).map { n in
            "{\"draft\": \"articles/\(Self.id(n))/draft.md\", \"sources\": [\"articles/\(Self.id(n))/sources\"], \"id\": \"\(Self.id(n))\"}\n"
        }.joined()
    }

    static func id(_ n: Int) -> String { "article-" + String(format: "%04d", n) }

    private func draft(_ n: Int) -> String {
        let city = Self.cities[n % Self.cities.count]
        let noun = Self.nouns[n % Self.nouns.count]
        return """
            # \(city): day \(n)

            Police detained around \(30 + n % 50) \(noun) in \(city) on \(1 + n % 28) March 2024, according to Le Monde.

            Up to \(200 + n % 300) \(noun) marched through the centre, reportedly.

            The prefecture said \(10 + n % 9) officers were injured, and about \(5 + n % 4) vehicles were burned.

            A union leader told RFI that "the march was peaceful until the evening".

            """
    }

    private func page(_ n: Int, _ s: Int) -> String {
        let city = Self.cities[n % Self.cities.count]
        let noun = Self.nouns[n % Self.nouns.count]
        let publisher = s % 2 == 0 ? "Le Monde" : "RFI"
        var paragraphs: [String] = [
            "Police detained \(30 + n % 50) \(noun) in \(city) on \(1 + n % 28) March 2024, the prefecture said.",
            "Some \(200 + n % 300) \(noun) marched through the centre of \(city), organisers said.",
            "\(10 + n % 9) officers were injured and \(5 + n % 4) vehicles were burned, according to officials.",
            "\"The march was peaceful until the evening,\" a union leader said.",
        ]
        for k in 0..<6 { paragraphs.append("Background paragraph \(k) of page \(s) about the \(noun) of \(city) and the city council's response.") }
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(city) march \(n)</title>
            <meta property="og:site_name" content="\(publisher)"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>\(city): \(noun) march</h1>
            \(body)
            </article><footer>Copyright</footer></body></html>

            """
    }
}
