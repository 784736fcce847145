import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck-eval check`: how long `claimcheck check` takes — the seed, cold, as a process;
/// and a synthetic draft of many claims against growing sets of large sources, in process.
struct CheckBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Time claimcheck check on the seed (cold process) and on synthetic drafts against growing sources."
    )

    @Option(help: "The claimcheck binary to time on the seed (build it with -c release).")
    var binary = ".build/release/claimcheck"

    @Option(help: "How many cold runs of the seed check.")
    var runs = 10

    @Option(help: "Claims in the synthetic draft.")
    var claims = 200

    @Option(help: "Approximate size of each synthetic source, in bytes.")
    var sourceBytes = 100_000

    @Option(parsing: .upToNextOption, help: "Numbers of synthetic sources to time.")
    var sources: [Int] = [12, 25, 50]

    func run() throws {
        try timeSeed()
        try timeSynthetic()
    }

    private func timeSeed() throws {
        let arguments = ["check", "fixtures/seed/draft.html", "--sources", "fixtures/seed/sources", "--format", "json"]
        var times: [Double] = []
        for _ in 0..<runs {
            // posix_spawn + wait4 (ChildProcess.run): Foundation's Process.waitUntilExit
            // polls, which rounds short runs up to tens of milliseconds.
            let start = ContinuousClock.now
            _ = try ChildProcess.run(binary, arguments)
            times.append((ContinuousClock.now - start).inSeconds)
        }
        times.sort()
        print("seed check, cold process (\(binary) \(arguments.joined(separator: " "))), \(runs) runs:")
        print(String(format: "  min %.1f ms, median %.1f ms", times[0] * 1000, times[times.count / 2] * 1000))
    }

    private func timeSynthetic() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let maxSources = sources.max() ?? 0
        let corpus = SyntheticCorpus(sources: maxSources, bytesPerSource: sourceBytes, claims: claims)
        try corpus.write(to: folder)
        print("synthetic: \(claims) claims against N sources of ~\(sourceBytes / 1000) KB (in process, load + index + check):")
        print("  sources     MB   load+index s   check s   total s   claims/s")
        for count in sources.sorted() {
            let paths = (0..<count).map { folder.appendingPathComponent("sources/source-\($0).html").path }
            let draft = folder.appendingPathComponent("draft-\(count).html").path
            try corpus.draft(citing: count).write(toFile: draft, atomically: true, encoding: .utf8)
            let start = ContinuousClock.now
            let (store, _) = SourceStore.load(paths: paths)
            let matcher = Matcher(store: store)
            let indexed = ContinuousClock.now
            let reader = DocumentReader()
            let (document, text) = try reader.readWithText(path: draft)
            let result = ClaimChecker().check(document, fileText: text, matcher: matcher)
            let end = ContinuousClock.now
            let megabytes = Double(count * sourceBytes) / 1_000_000
            let total = (end - start).inSeconds
            print(
                String(
                    format: "  %7d %6.1f %14.3f %9.3f %9.3f %10.0f", count, megabytes, (indexed - start).inSeconds,
                    (end - indexed).inSeconds, total, Double(result.claims.count) / (end - indexed).inSeconds))
        }
    }

}

/// Generated news-like pages and a draft whose claims cite them: deterministic, so runs compare.
struct SyntheticCorpus {
    let sources: Int
    let bytesPerSource: Int
    let claims: Int

    private static let subjects = ["officials", "residents", "soldiers", "students", "workers", "patients", "diplomats", "agents", "voters", "farmers"]
    private static let verbs = ["evacuated", "arrested", "expelled", "hired", "treated", "counted", "registered", "injured", "relocated", "trained"]
    private static let places = ["the capital", "the northern region", "the port city", "the border area", "the valley", "the islands"]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    func write(to folder: URL) throws {
        let sourcesFolder = folder.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sourcesFolder, withIntermediateDirectories: true)
        for index in 0..<sources {
            try page(index).write(to: sourcesFolder.appendingPathComponent("source-\(index).html"), atomically: true, encoding: .utf8)
        }
    }

    private func sentence(_ n: Int, source: Int) -> String {
        let subject = Self.subjects[(n + source) % Self.subjects.count]
        let verb = Self.verbs[(n * 7 + source) % Self.verbs.count]
        let place = Self.places[(n * 3 + source) % Self.places.count]
        let month = Self.months[(n + source * 5) % 12]
        return "In \(month) \(2000 + (n + source) % 24), \(10 + (n * 13 + source * 31) % 990) \(subject) were \(verb) in \(place), officials of agency \(source) said."
    }

    private func page(_ index: Int) -> String {
        var body = ""
        var n = 0
        while body.utf8.count < bytesPerSource {
            body += "<p>" + (0..<4).map { sentence(n + $0, source: index) }.joined(separator: " ") + "</p>\n"
            n += 4
        }
        return """
            <!doctype html><html lang="en"><head><title>Report \(index)</title>
            <link rel="canonical" href="https://news\(index).example/report/\(index)">
            <meta property="og:site_name" content="Example News \(index)"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Report \(index)</h1>
            \(body)</article><footer>© 2024</footer></body></html>
            """
    }

    /// A draft of `claims` sentences, each citing one of the first `count` sources.
    func draft(citing count: Int) -> String {
        var paragraphs = ""
        for n in 0..<claims {
            let source = n % count
            let text = sentence((n * 4) % 400, source: source)
            paragraphs += "<p>\(text) (<a href=\"https://news\(source).example/report/\(source)\">report</a>)</p>\n"
        }
        return "<!doctype html><html lang=\"en\"><head><title>Draft</title></head><body><article>\n\(paragraphs)</article></body></html>\n"
    }
}
