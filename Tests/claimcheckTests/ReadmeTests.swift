import Foundation
import ClaimCheckTestSupport
import Testing

/// The README shows what the first command prints; this keeps it true.
@Suite("README")
struct ReadmeTests {
    @Test("The seed output shown in the README is what claimcheck check prints")
    func seedOutput() throws {
        let readme = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let afterCommand = try #require(readme.range(of: "The output")).upperBound
        let open = try #require(readme.range(of: "```\n", range: afterCommand..<readme.endIndex))
        let close = try #require(readme.range(of: "\n```", range: open.upperBound..<readme.endIndex))
        let shown = String(readme[open.upperBound..<close.lowerBound])
        let run = try CommandRunner.run(["check", "fixtures/seed/draft.html", "--sources", "fixtures/seed/sources", "--format", "text"])
        #expect(run.status == 0)
        #expect(run.standardOutput == shown + "\n")
    }
}
