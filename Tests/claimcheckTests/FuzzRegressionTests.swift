import Foundation
import ClaimCheckTestSupport
import Testing

/// Inputs the fuzz targets stopped on (`fixtures/fuzz/`, `docs/reliability.md`): each must
/// still be checked to the end — a report, no crash, no hang (killed after a deadline).
@Suite("fuzz findings")
struct FuzzRegressionTests {
    @Test("The check target's timeout input: checked against itself as a source, a report and exit 0 or 1")
    func checkTimeoutInput() throws {
        let path = "fixtures/fuzz/check-timeout-fixture-readme.md"
        let outcome = try CommandRunner.run(["check", path, "--sources", path, "--format", "json"], timeout: 120)
        #expect(!outcome.timedOut)
        #expect(outcome.status == 0 || outcome.status == 1, "stderr: \(outcome.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect((report?["documents"] as? [[String: Any]])?.count == 1)
    }

    @Test("The config target's stack overflow (1,799 nested flow collections): exit 2, one line naming the file")
    func configStackOverflowInput() throws {
        let config = "fixtures/fuzz/config-stack-overflow-nested-flow.yml"
        let outcome = try CommandRunner.run(["check", "fixtures/seed/draft.txt", "--config", config], timeout: 60)
        #expect(!outcome.timedOut)
        #expect(outcome.status == 2, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("claimcheck: error: \(config):1: nested more than 64 levels deep"), "\(outcome.standardError)")
    }
}
