import Foundation
import ClaimCheckTestSupport
import Testing

/// Runs the built `claimcheck figures` binary: output, exit codes and errors.
struct FiguresCommandTests {
    /// Runs `claimcheck` (see `CommandRunner`) and returns status, standard output and error.
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let outcome = try CommandRunner.run(arguments)
        return (outcome.status, outcome.standardOutput, outcome.standardError)
    }

    @Test func jsonHasSpecFields() throws {
        let r = try Self.run(["figures", "--format", "json", "France expelled up to fifty Russian spies."])
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        let figures = try #require(obj?["figures"] as? [[String: Any]])
        let f = try #require(figures.first)
        #expect(f["text"] as? String == "up to fifty")
        #expect(f["kind"] as? String == "atMost")
        #expect(f["low"] is NSNull)
        #expect(f["high"] as? Double == 50)
        #expect(f["head"] as? String == "spy")
        #expect(f["predicate"] as? String == "expel")
        #expect(f["start"] as? Int == 16 && f["end"] as? Int == 27)
    }

    @Test func frenchFromFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-fr-\(UUID()).txt")
        try Data("Une cinquantaine d'espions ont été expulsés en novembre 2020.".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try Self.run(["figures", "--file", file.path, "--language", "auto"])
        #expect(r.status == 0)
        #expect(r.out.contains("approximate"))
        #expect(r.out.contains("2020-11-01"))
    }

    @Test func invalidUTF8IsAnError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-bad-\(UUID()).txt")
        try Data([0x31, 0x32, 0xFF, 0xFE]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try Self.run(["figures", "--file", file.path])
        #expect(r.status == 2)
        #expect(r.err == "claimcheck: error: \(file.path): not valid UTF-8\n")
    }

    @Test func missingFileIsAnError() throws {
        let r = try Self.run(["figures", "--file", "/nonexistent/claimcheck.txt"])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("claimcheck: error: /nonexistent/claimcheck.txt:"))
    }

    @Test func emptyTextPrintsNothing() throws {
        let r = try Self.run(["figures", ""])
        #expect(r.status == 0)
        #expect(r.out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }
}

extension FiguresCommandTests {
    @Test(arguments: [["--language", "xx"], ["--format", "xml"], ["--tolerance", "2"]])
    func badOptionValueExitsTwo(_ option: [String]) throws {
        let r = try Self.run(["figures"] + option + ["50 spies"])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("claimcheck: error: --"))
    }
}
