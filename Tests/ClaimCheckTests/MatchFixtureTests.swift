import ClaimCheck
import Foundation
import ClaimCheckTestSupport
import Testing

/// Builders for the matching tests: in-memory documents and the `fixtures/matching` folder.
enum MatchFixtures {
    /// `fixtures/matching` in the repository.
    static let folder = CommandRunner.repositoryRoot.appendingPathComponent("fixtures/matching").path

    /// A document of paragraphs, one per line, with optional metadata.
    static func document(
        _ path: String, language: String?, paragraphs: [String], publisher: String? = nil, canonical: String? = nil
    ) -> Document {
        Document(
            path: path, format: .html,
            metadata: Metadata(canonicalURL: canonical, publisher: publisher, language: language),
            paragraphs: paragraphs.enumerated().map { Paragraph(text: $1, line: 10 + $0, offset: 0) })
    }

    /// A matcher over documents.
    static func matcher(_ documents: [Document]) -> Matcher {
        Matcher(store: SourceStore(documents: documents))
    }
}

@Suite struct MatchFixtureTests {
    @Test func everyMatchingFixtureSaysItWasWrittenForTheTests() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: MatchFixtures.folder)
            .filter { !$0.hasPrefix(".") && $0.contains(".") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: MatchFixtures.folder + "/" + file, encoding: .utf8)
            #expect(text.prefix(300).contains("Written for claimcheck's tests"), "\(file)")
        }
    }
}
