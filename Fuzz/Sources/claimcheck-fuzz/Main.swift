import CFuzzDriver
import ClaimCheck
import ClaimCheckFetch
import Foundation

/// The target libFuzzer runs, chosen once by the first argument before libFuzzer starts.
nonisolated(unsafe) private var selected: Targets.Target?

/// libFuzzer's callback: one input to the selected target.
private func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selected?.run(bytes)
    return 0
}

/// `claimcheck-fuzz TARGET [libFuzzer flags and corpus folders]`, `claimcheck-fuzz list`, or
/// `claimcheck-fuzz seed TARGET FOLDER` (writes the seeds not kept as fixture files, such as
/// WARC files made from the fixture pages).
///
/// SwiftPM links an executable with `--defsym main=<module>_main`; with `-parse-as-library`
/// this function is that symbol, and libFuzzer is started by `LLVMFuzzerRunDriver` rather than
/// by its own `main`.
@_cdecl("claimcheck_fuzz_main")
func claimcheckFuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    let arguments = (0..<Int(argc)).map { String(cString: argv[$0]!) }
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(Data("usage: claimcheck-fuzz TARGET [libFuzzer flags] [CORPUS...] | list | seed TARGET FOLDER\n".utf8))
        return 2
    }
    switch arguments[1] {
    case "list":
        for target in Targets.all { print("\(target.name)\t\(target.seedExtensions.joined(separator: ","))\t\(target.summary)") }
        return 0
    case "seed":
        guard arguments.count == 4 else { return 2 }
        return Seeds.write(target: arguments[2], folder: arguments[3]) ? 0 : 1
    default:
        guard let target = Targets.named(arguments[1]) else {
            FileHandle.standardError.write(Data("claimcheck-fuzz: no target \(arguments[1]) (try: list)\n".utf8))
            return 2
        }
        selected = target
        // libFuzzer sees the program name and the flags after the target's name.
        argv[1] = argv[0]
        return claimcheck_fuzz_run(argc - 1, argv + 1) { data, size in fuzzOne(data, size) }
    }
}

/// Seeds made from fixtures rather than copied: WARC files of the fixture pages.
enum Seeds {
    static func write(target: String, folder: String) -> Bool {
        guard target == "warc" else { return true }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return false }
        var pages: [FetchedPage] = []
        while let relative = walker.nextObject() as? String {
            let type = relative.hasSuffix(".html") ? "text/html" : relative.hasSuffix(".txt") ? "text/plain; charset=utf-8" : nil
            guard let type, let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { continue }
            let url = "https://example.org/" + relative
            pages.append(FetchedPage(url: url, finalURL: url, status: 200, headers: ["content-type": type], fetchedAt: 0, body: Array(data)))
        }
        pages.sort { $0.url < $1.url }
        for (index, page) in pages.enumerated() {
            let bytes = WARCWriter.bytes(of: WARCWriter.records(for: [page], userAgent: "claimcheck-fuzz", date: Date(timeIntervalSince1970: 0)))
            _ = FileManager.default.createFile(atPath: folder + "/fixture-\(index).warc", contents: Data(bytes))
        }
        // One archive of several pages, as a fetch of a whole draft writes.
        let all = WARCWriter.bytes(of: WARCWriter.records(for: Array(pages.prefix(5)), userAgent: "claimcheck-fuzz", date: Date(timeIntervalSince1970: 0)))
        _ = FileManager.default.createFile(atPath: folder + "/fixtures-5.warc", contents: Data(all))
        return true
    }
}
