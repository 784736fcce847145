import Foundation
import Testing

@testable import ClaimCheckText

/// Golden tests: `fixtures/figures/<case>/input.txt` and the exact figures and dates expected
/// (`expected.json`, as `claimcheck figures --format json` writes it).
struct GoldenFixtureTests {
    struct Expected: Decodable {
        let language: String
        let figures: [Figure]
        let dates: [DateMention]
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/figures")

    @Test(arguments: ["en-expulsions", "fr-expulsions"])
    func fixture(_ name: String) throws {
        let dir = Self.root.appendingPathComponent(name)
        let input = try String(contentsOf: dir.appendingPathComponent("input.txt"), encoding: .utf8)
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: dir.appendingPathComponent("expected.json")))
        let language = try #require(Language(rawValue: expected.language))
        let (figures, dates) = FigureExtractor(language: language).analyze(input)
        #expect(figures == expected.figures)
        #expect(dates == expected.dates)
    }
}
