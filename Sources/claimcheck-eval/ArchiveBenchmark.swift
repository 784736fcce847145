import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck-eval archive`: records per second of `claimcheck batch --warc` on a generated
/// `.warc.gz` (one gzip member per record) with `--jobs 1` and `--jobs 2`, and its peak
/// memory for a tenth of the records and all of them (flat: the archive is streamed).
/// Prints figures; asserts nothing.
struct ArchiveBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Time claimcheck batch --warc on a generated .warc.gz (--jobs 1 and 2) and compare peak memory for N/10 and N records."
    )

    @Option(help: "The claimcheck binary (build it with -c release).")
    var binary = ".build/release/claimcheck"

    @Option(help: "HTML response records to generate (one image response is added per eight).")
    var records = 10_000

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-archive-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
        for (index, city) in ArchiveCorpus.cities.enumerated() {
            try ArchiveCorpus.source(index, city).write(to: folder.appendingPathComponent("sources/\(city).html"), atomically: false, encoding: .utf8)
        }
        let tenth = max(1, records / 10)
        let small = folder.appendingPathComponent("small.warc.gz").path
        let large = folder.appendingPathComponent("large.warc.gz").path
        let smallBytes = try ArchiveCorpus.write(records: tenth, to: small)
        let largeBytes = try ArchiveCorpus.write(records: records, to: large)
        print(
            "claimcheck batch --warc: \(records) generated HTML records (+\(records / 8) images) in \(largeBytes / 1000) KB of .warc.gz "
                + "(\(tenth) records: \(smallBytes / 1000) KB), 8 source pages, \(binary)")
        print("  run                               s    records/s   peak MB   CPU s   cores busy")
        let sources = folder.appendingPathComponent("sources").path
        let one = try measure("\(records) records, --jobs 1", large, jobs: 1, sources: sources, folder: folder)
        let two = try measure("\(records) records, --jobs 2", large, jobs: 2, sources: sources, folder: folder)
        let few = try measure("\(tenth) records, --jobs 2", small, jobs: 2, sources: sources, folder: folder)
        print(String(format: "scaling --jobs 2 / --jobs 1: %.2fx (target >= 1.8x)", one.seconds / two.seconds))
        print(
            String(
                format: "peak memory, %d vs %d records (--jobs 2): %.1f MB vs %.1f MB, ratio %.2f (target: flat)", records, tenth,
                two.megabytes, few.megabytes, two.megabytes / few.megabytes))
    }

    private func measure(_ label: String, _ archive: String, jobs: Int, sources: String, folder: URL) throws -> BatchBenchmark.Measurement {
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)").path
        let start = ContinuousClock.now
        let child = try ChildProcess.run(
            binary, ["batch", "--warc", archive, "--sources", sources, "--out", out, "--jobs", String(jobs), "--fail-on", "none"])
        let (status, maxRSS, cpu) = (child.status, child.maxRSS, child.cpuSeconds)
        let seconds = (ContinuousClock.now - start).inSeconds
        guard status == 0 else { throw ValidationError("\(binary) batch --warc exited \(status) (\(label))") }
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
        let done = summary?["done"] as? Int ?? 0
        let megabytes = Double(maxRSS) / 1024
        print(
            "  " + label.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(format: " %6.2f %12.1f %9.1f %7.2f %12.2f", seconds, Double(done) / seconds, megabytes, cpu, cpu / seconds))
        try? FileManager.default.removeItem(atPath: out)
        return BatchBenchmark.Measurement(seconds: seconds, megabytes: megabytes)
    }
}

/// Generated crawl records: news pages with figures and attributions, derived from the
/// record's number, and an image response every eighth record.
enum ArchiveCorpus {
    static let cities = ["Lyon", "Marseille", "Lille", "Nantes", "Toulouse", "Bordeaux", "Rennes", "Nice"]

    /// Writes the archive and returns its size in bytes.
    static func write(records: Int, to path: String) throws -> Int {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var size = 0
        var pending: [UInt8] = []
        for n in 0..<records {
            pending += GzipWriter.member(response(n, type: "text/html; charset=utf-8", body: Array(page(n).utf8)).bytes)
            if n % 8 == 7 { pending += GzipWriter.member(response(records + n, type: "image/png", body: [0x89, 0x50, 0x4E, 0x47]).bytes) }
            if pending.count > 1 << 20 {
                try handle.write(contentsOf: pending)
                size += pending.count
                pending.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: pending)
        return size + pending.count
    }

    static func response(_ n: Int, type: String, body: [UInt8]) -> WARCRecord {
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
        let fields: [(name: String, value: String)] = [
            ("WARC-Type", "response"), ("WARC-Record-ID", String(format: "<urn:uuid:00000000-0000-4000-8000-%012d>", n)),
            ("WARC-Date", "2024-03-01T12:00:00Z"), ("WARC-Target-URI", "https://news.example/\(n)"),
            ("Content-Type", "application/http; msgtype=response"), ("Content-Length", String(block.count)),
        ]
        return WARCRecord(fields: fields, block: block)
    }

    static func page(_ n: Int) -> String {
        let city = cities[n % cities.count]
        return """
            <!doctype html><html lang="en"><head><title>\(city): day \(n)</title></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>\(city): day \(n)</h1>
            <p>Police detained around \(30 + n % 50) protesters in \(city) on \(1 + n % 28) March 2024, according to <a href="https://lemonde.example/\(city)">Le Monde</a>.</p>
            <p>Up to \(200 + n % 300) people marched through the centre, reportedly.</p>
            <p>The prefecture said \(10 + n % 9) officers were injured, and about \(5 + n % 4) vehicles were burned.</p>
            <p>A union leader told RFI that "the march was peaceful until the evening".</p>
            </article><footer>Copyright</footer></body></html>

            """
    }

    static func source(_ index: Int, _ city: String) -> String {
        """
        <!doctype html><html lang="fr"><head><title>\(city)</title><link rel="canonical" href="https://lemonde.example/\(city)">
        <meta property="og:site_name" content="Le Monde"></head><body><article><h1>\(city)</h1>
        <p>Police detained \(30 + index) protesters in \(city) on \(1 + index) March 2024, the prefecture said.</p>
        <p>Some \(200 + index) people marched through the centre of \(city), organisers said.</p>
        </article></body></html>

        """
    }
}
