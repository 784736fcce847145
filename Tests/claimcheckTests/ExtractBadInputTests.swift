import Foundation
import ClaimCheckTestSupport
import Testing

/// Every bad input to `claimcheck extract` gets one line `claimcheck: error: <path>: <problem>`
/// on standard error, exit code 2, no crash, and no output that looks like a success.
@Suite("extract: bad input")
struct ExtractBadInputTests {
    /// Runs `extract --format json` on one path and checks the error contract.
    private func expectError(_ path: String, mentions words: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try CommandRunner.run(["extract", "--format", "json", path])
        #expect(outcome.status == 2, sourceLocation: sourceLocation)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(outcome.standardError)", sourceLocation: sourceLocation)
        let line = String(lines.first ?? "")
        #expect(line.hasPrefix("claimcheck: error: \(path): "), "stderr: \(line)", sourceLocation: sourceLocation)
        for word in words {
            #expect(line.lowercased().contains(word), "stderr: \(line)", sourceLocation: sourceLocation)
        }
        // The JSON entry carries the error, not paragraphs.
        let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(json?["error"] is String, sourceLocation: sourceLocation)
        #expect(json?["paragraphs"] == nil, sourceLocation: sourceLocation)
    }

    @Test func missingFile() throws {
        let folder = try TemporaryFolder()
        try expectError(folder.url.appendingPathComponent("absent.html").path, mentions: ["no such file"])
    }

    @Test func directory() throws {
        let folder = try TemporaryFolder()
        try expectError(folder.url.path, mentions: ["directory"])
    }

    @Test func emptyFile() throws {
        let folder = try TemporaryFolder()
        try expectError(try folder.file("empty.html", bytes: []), mentions: ["empty"])
        try expectError(try folder.file("blank.txt", text: " \n\n\t \n"), mentions: ["empty"])
    }

    @Test func binaryFile() throws {
        let folder = try TemporaryFolder()
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        bytes += (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        try expectError(try folder.file("image.html", bytes: bytes), mentions: ["binary"])
    }

    @Test func textFileNamedAsHTML() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("notes.html", text: "Just some notes, with no markup at all.\nAnd a second line.\n")
        try expectError(path, mentions: ["not an html page"])
    }

    @Test func invalidUTF8InDeclaredUTF8Page() throws {
        let folder = try TemporaryFolder()
        var bytes = Array("<html><head><meta charset=\"utf-8\"><title>T</title></head><body><p>Caf\u{E9} ".utf8)
        bytes += [0xC3, 0x28, 0xFF, 0xFE]
        bytes += Array(" broken.</p></body></html>".utf8)
        try expectError(try folder.file("broken.html", bytes: bytes), mentions: ["utf-8"])
    }

    @Test func damagedUTF8Draft() throws {
        let path = CommandRunner.repositoryRoot.appendingPathComponent("fixtures/drafts/damaged-utf8.txt").path
        try expectError(path, mentions: ["utf-8", "byte 37"])
    }

    @Test func pageOverTheSizeLimit() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("huge.html").path
        // A sparse 200 MB file: the size check refuses it before reading a byte.
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<html>".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        try expectError(path, mentions: ["size limit", "--max-size"])
    }

    @Test func sizeLimitCanBeRaisedOrLowered() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("small.txt", text: "A draft of a few bytes.\n")
        let refused = try CommandRunner.run(["extract", "--max-size", "10", path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("size limit"))
        let accepted = try CommandRunner.run(["extract", "--max-size", "100", path])
        #expect(accepted.status == 0)
    }

    @Test func markupNested100000Deep() throws {
        let folder = try TemporaryFolder()
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "deep text" + "</body></html>"
        try expectError(try folder.file("deep.html", text: html), mentions: ["nested"])
    }

    @Test func pageOfOnlyScript() throws {
        let folder = try TemporaryFolder()
        let html = "<html><head><script>var a = 1; document.write('35 spies');</script></head><body><script>x()</script></body></html>"
        try expectError(try folder.file("script.html", text: html), mentions: ["no readable text"])
    }

    @Test("One unreadable page among several: the others are still read, in order, and the exit code is 2")
    func oneBadAmongGood() throws {
        let folder = try TemporaryFolder()
        let good = try folder.file("good.txt", text: "A draft with 35 diplomats.\n")
        let missing = folder.url.appendingPathComponent("missing.html").path
        let outcome = try CommandRunner.run(["extract", "--format", "json", good, missing, good])
        #expect(outcome.status == 2)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.count == 3)
        #expect(entries.map { $0["path"] as? String } == [good, missing, good])
        #expect(entries[0]["paragraphs"] != nil && entries[2]["paragraphs"] != nil)
        #expect(entries[1]["error"] as? String == "no such file")
        #expect(outcome.standardError == "claimcheck: error: \(missing): no such file\n")
    }

    @Test("An unknown flag is a usage error with exit code 2")
    func unknownFlag() throws {
        let outcome = try CommandRunner.run(["extract", "--no-such-flag", "x.html"])
        #expect(outcome.status == 2)
        #expect(!outcome.standardError.isEmpty)
    }
}
