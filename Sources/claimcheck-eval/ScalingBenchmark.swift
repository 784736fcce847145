import ArgumentParser
import ClaimCheck
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `claimcheck-eval scaling`: whether `claimcheck check` stays linear as one input grows —
/// drafts of many paragraphs (sharing one counted noun, each with its own, each with a link),
/// and one giant sentence — with the time, CPU time and peak memory of each size and the growth between
/// sizes, as a ratio to linear (1.0 = linear; 10× the size in 20× the time is 2.0).
struct ScalingBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling",
        abstract: "Time and peak memory of claimcheck check as drafts grow: many paragraphs, one giant sentence."
    )

    @Option(help: "The claimcheck binary to run (build it with -c release).")
    var binary = ".build/release/claimcheck"

    @Option(parsing: .upToNextOption, help: "Paragraph counts of the many-paragraph drafts.")
    var paragraphs: [Int] = [1_000, 10_000, 100_000]

    @Option(parsing: .upToNextOption, help: "Lengths, in characters, of the one-sentence drafts.")
    var sentences: [Int] = [10_000, 100_000, 1_000_000]

    @Option(help: "Seconds after which a run is stopped and reported as over the limit.")
    var limit = 120.0

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-scaling-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("claimcheck check --format json, one process per draft (\(binary)); ratio = growth over linear, by CPU time")
        try measure("paragraphs sharing one noun", sizes: paragraphs, unit: "paragraphs", folder: folder) {
            ScalingDrafts.paragraphs($0, sharedNoun: true)
        }
        try measure("paragraphs, a noun each", sizes: paragraphs, unit: "paragraphs", folder: folder) {
            ScalingDrafts.paragraphs($0, sharedNoun: false)
        }
        try measure("paragraphs, a link each", sizes: paragraphs, unit: "paragraphs", folder: folder) { ScalingDrafts.linkedParagraphs($0) }
        try measure("one sentence", sizes: sentences, unit: "characters", folder: folder) { ScalingDrafts.sentence(characters: $0) }
    }

    private func measure(_ title: String, sizes: [Int], unit: String, folder: URL, draft: (Int) -> String) throws {
        print("\n\(title):")
        print("  " + [unit.padded(12), "MB".padded(9), "wall s".padded(9), "CPU s".padded(9), "peak MB".padded(9), "ratio".padded(7)].joined(separator: " "))
        var previous: (size: Int, cpu: Double)?
        for size in sizes.sorted() {
            let path = folder.appendingPathComponent("draft-\(size).md").path
            let text = draft(size)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let start = ContinuousClock.now
            let run = try ChildProcess.run(binary, ["check", path, "--format", "json", "--max-size", "1000000000"], limit: limit)
            let wall = (ContinuousClock.now - start).inSeconds
            let megabytes = Double(text.utf8.count) / 1_000_000
            if run.killed {
                print(String(format: "  %12d %9.1f ", size, megabytes) + ["> \(Int(limit))".padded(9), "-".padded(9), "-".padded(9), "-".padded(7)].joined(separator: " "))
                previous = nil
                continue
            }
            let ratio = previous.map { (run.cpuSeconds / max($0.cpu, 0.001)) / (Double(size) / Double($0.size)) }
            print(
                String(format: "  %12d %9.1f %9.2f %9.2f %9.0f ", size, megabytes, wall, run.cpuSeconds, Double(run.maxRSS) / 1024)
                    + (ratio.map { String(format: "%.2f", $0) } ?? "").padded(7))
            previous = (size, run.cpuSeconds)
            if run.status > 1 { print("    (exit \(run.status))") }
        }
    }

}

/// The generated drafts: deterministic, so runs compare.
enum ScalingDrafts {
    private static let verbs = ["expelled", "arrested", "evacuated", "counted", "hired", "treated"]
    private static let places = ["the capital", "the port city", "the border area", "the valley"]
    private static let syllables = ["ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "po", "ba", "zu"]

    /// `count` short paragraphs, each one sentence with a figure; every figure counts
    /// "diplomats" (`sharedNoun`), or each its own invented noun.
    static func paragraphs(_ count: Int, sharedNoun: Bool) -> String {
        var text = "Expulsions\n\n"
        text.reserveCapacity(count * 80)
        for n in 0..<count {
            let noun = sharedNoun ? "diplomats" : inventedNoun(n)
            text += "In April, \(10 + (n * 37) % 990) \(noun) were \(verbs[n % verbs.count]) from \(places[n % places.count]).\n\n"
        }
        return text
    }

    /// `count` paragraphs, each citing its own address (a Markdown link).
    static func linkedParagraphs(_ count: Int) -> String {
        var text = "# Expulsions\n\n"
        for n in 0..<count {
            text += "In April, \(10 + (n * 37) % 990) \(inventedNoun(n)) were \(verbs[n % verbs.count]), [the agency said](https://example.org/report/\(n)).\n\n"
        }
        return text
    }

    /// One sentence of `characters` characters: clauses with figures and attributions, no full stop until the end.
    static func sentence(characters: Int) -> String {
        var text = ""
        text.reserveCapacity(characters + 100)
        var n = 0
        while text.utf8.count < characters {
            let clause =
                n % 5 == 0
                ? "according to Le Monde \(10 + (n * 37) % 990) diplomats were \(verbs[n % verbs.count]) from \(places[n % places.count])"
                : "while officials in \(places[n % places.count]) \(verbs[(n + 1) % verbs.count]) \(2 + n % 97) more people"
            text += (n == 0 ? "" : ", ") + clause
            n += 1
        }
        return String(text.prefix(characters - 1)) + ".\n"
    }

    /// A made-up plural noun, different for each number (ka, lo, … in base 12, then "s").
    private static func inventedNoun(_ n: Int) -> String {
        var value = n
        var word = ""
        repeat {
            word += syllables[value % syllables.count]
            value /= syllables.count
        } while value > 0
        return word + "rens"
    }
}

extension String {
    /// Right-aligned in `width` columns.
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
