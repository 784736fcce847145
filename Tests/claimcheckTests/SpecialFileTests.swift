import Foundation
import ClaimCheckTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A FIFO, socket or device where a command expects a file: `claimcheck: error: PATH: not a
/// regular file`, exit 2, never a hang. Each command runs as a process with a deadline, so a
/// regression (an open or a read that blocks on the FIFO) fails the test instead of hanging it.
@Suite("every command: FIFOs, sockets and devices")
struct SpecialFileTests {
    /// Far above the second a command takes here; a hang is killed at this point.
    private static let deadline = 30.0

    private func makeFIFO(_ folder: TemporaryFolder, _ name: String) throws -> String {
        let path = folder.url.appendingPathComponent(name).path
        try #require(mkfifo(path, 0o600) == 0, "mkfifo \(path): \(String(cString: strerror(errno)))")
        return path
    }

    private func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
        let outcome = try CommandRunner.run(arguments, timeout: Self.deadline)
        #expect(!outcome.timedOut, "claimcheck \(arguments.joined(separator: " ")) hung")
        return outcome
    }

    /// Exit 2 and exactly one error line naming `path` as not a regular file.
    private func expectRefused(_ arguments: [String], path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try run(arguments)
        #expect(outcome.status == 2, "stderr: \(outcome.standardError)", sourceLocation: sourceLocation)
        let errors = outcome.standardError.split(separator: "\n").filter { $0.hasPrefix("claimcheck: error: ") }
        #expect(errors == ["claimcheck: error: \(path): not a regular file"], "stderr: \(outcome.standardError)", sourceLocation: sourceLocation)
    }

    @Test("check, extract and figures refuse a FIFO as the file to read")
    func fifoToRead() throws {
        let folder = try TemporaryFolder()
        let fifo = try makeFIFO(folder, "draft.html")
        try expectRefused(["check", fifo, "--format", "json"], path: fifo)
        try expectRefused(["extract", "--format", "json", fifo], path: fifo)
        try expectRefused(["figures", "--file", fifo], path: fifo)
    }

    @Test("check refuses a FIFO given as --sources or --config")
    func fifoAsSourceOrConfig() throws {
        let folder = try TemporaryFolder()
        let fifo = try makeFIFO(folder, "source.html")
        try expectRefused(["check", "fixtures/seed/draft.txt", "--sources", fifo, "--format", "json"], path: fifo)
        try expectRefused(["check", "fixtures/seed/draft.txt", "--config", fifo, "--format", "json"], path: fifo)
    }

    @Test("A FIFO named .claimcheck.yml beside the draft is a configuration error")
    func fifoConfigFound() throws {
        let folder = try TemporaryFolder()
        let draft = try folder.file("draft.txt", text: "The ministry counted 35 expelled diplomats in April 2022.\n")
        let fifo = try makeFIFO(folder, ".claimcheck.yml")
        try expectRefused(["check", draft, "--format", "json"], path: fifo)
    }

    @Test("A FIFO inside a --sources folder is reported as a source that cannot be read; the check goes on")
    func fifoInSourcesFolder() throws {
        let folder = try TemporaryFolder()
        let sources = folder.url.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "fixtures/seed/sources/lemonde.html".inRepository, toPath: sources.appendingPathComponent("lemonde.html").path)
        let fifo = sources.appendingPathComponent("stuck.html").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let outcome = try run(["check", "fixtures/seed/draft.txt", "--sources", sources.path, "--format", "json"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.contains("claimcheck: warning: \(fifo): not a regular file"), "stderr: \(outcome.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let listed = (report?["sources"] as? [[String: Any]]) ?? []
        #expect(listed.contains { $0["path"] as? String == fifo && $0["error"] as? String == "not a regular file" })
        #expect(listed.contains { ($0["path"] as? String)?.hasSuffix("lemonde.html") == true && !($0["error"] is String) })
    }

    @Test("batch refuses a FIFO manifest (exit 2), and fails an article whose draft is a FIFO (exit 1, as any failed article)")
    func fifoInBatch() throws {
        let folder = try TemporaryFolder()
        let manifest = try makeFIFO(folder, "articles.jsonl")
        try expectRefused(["batch", manifest, "--out", folder.url.appendingPathComponent("out").path], path: manifest)
        let articles = folder.url.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles.appendingPathComponent("a"), withIntermediateDirectories: true)
        let draft = articles.appendingPathComponent("a/draft.html").path
        try #require(mkfifo(draft, 0o600) == 0)
        let outcome = try run(["batch", articles.path, "--out", folder.url.appendingPathComponent("out2").path])
        #expect(outcome.status == 1, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.contains("\(draft): not a regular file"), "stderr: \(outcome.standardError)")
    }

    @Test("A Unix socket and a character device are refused the same way")
    func socketAndDevice() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("page.html").path
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0, "bind: \(String(cString: strerror(errno)))")
        try expectRefused(["check", path, "--format", "json"], path: path)
        try expectRefused(["extract", "--format", "json", "/dev/zero"], path: "/dev/zero")
        try expectRefused(["figures", "--file", "/dev/zero"], path: "/dev/zero")
    }
}

extension String {
    /// A path relative to the repository root, made absolute.
    fileprivate var inRepository: String { CommandRunner.repositoryRoot.appendingPathComponent(self).path }
}
