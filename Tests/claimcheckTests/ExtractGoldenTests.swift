import Foundation
import ClaimCheckTestSupport
import Testing

/// `claimcheck extract --format json` on a fixture, compared with its expected output.
@Suite("extract: golden output")
struct ExtractGoldenTests {
    @Test(arguments: ["drafts/markdown-citations.md"])
    func json(fixture: String) throws {
        let outcome = try CommandRunner.run(["extract", "--format", "json", "fixtures/" + fixture])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let stem = fixture.split(separator: ".").dropLast().joined(separator: ".")
        let expectedURL = CommandRunner.repositoryRoot.appendingPathComponent("fixtures/\(stem).expected.json")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(outcome.standardOutput == expected)
    }

    @Test("The text format prints metadata, then paragraphs, then links")
    func text() throws {
        let outcome = try CommandRunner.run(["extract", "fixtures/drafts/plain-paragraphs.txt"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput == """
                title: A headline without a full stop

                A headline without a full stop

                The first paragraph runs over two lines and cites https://www.example.org/report.html, then ends.

                Second paragraph, with “curly quotes” and « guillemets » and 12 €.

                links:
                  4: https://www.example.org/report.html <https://www.example.org/report.html>

                """)
    }
}
