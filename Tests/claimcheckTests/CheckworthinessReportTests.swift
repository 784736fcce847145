import ClaimCheckTestSupport
import Foundation
import Testing

/// Each claim of the JSON report carries the learned check-worthiness of its sentence: score,
/// decision and the features that pushed it most, so a fact-checker can rank claims and see why.
@Suite("check: check-worthiness in the JSON report")
struct CheckworthinessReportTests {
    @Test("Score in [0, 1], a decision, and reasons named by feature")
    func claimsCarryTheirCheckworthiness() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("draft.txt")
        try "Unemployment in the region rose to 9.4 percent in 2023, the Labour Department reported.\n".write(
            to: draft, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["check", draft.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let document = try #require((report["documents"] as? [[String: Any]])?.first)
        let claim = try #require((document["claims"] as? [[String: Any]])?.first)
        let worth = try #require(claim["checkworthiness"] as? [String: Any])
        let score = try #require(worth["score"] as? Double)
        #expect((0...1).contains(score))
        // A sourced statistic with a figure and a date is what the model calls check-worthy.
        #expect(worth["checkworthy"] as? Bool == true, "\(worth)")
        let because = try #require(worth["because"] as? [String])
        #expect(!because.isEmpty && because.allSatisfy { $0.contains(":") }, "\(because)")
    }
}
