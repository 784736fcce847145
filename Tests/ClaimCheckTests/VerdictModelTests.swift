import Testing

@testable import ClaimCheck

/// The supports-verdict model: its table, its probabilities and reasons, its features.
@Suite("Verdict model")
struct VerdictModelTests {
    @Test("The built-in table reads: weights, a threshold in 0…1")
    func builtIn() {
        let model = VerdictModel.builtIn
        #expect(model.weights.count >= 10)
        #expect(model.threshold > 0 && model.threshold <= 1)
        #expect(model.weights["coverage"] != nil)
    }

    @Test("Probability and reasons follow the weights")
    func probability() {
        let model = VerdictModel(table: "(bias)\t-1\n(threshold)\t0.5\ncoverage\t4\nnegation:differs\t-4\n# a comment\n")
        #expect(model.threshold == 0.5)
        let covered = model.probability(["coverage": 1])
        let negated = model.probability(["coverage": 1, "negation:differs": 1])
        #expect(covered > 0.9)
        #expect(negated < 0.5)
        #expect(model.reasons(["coverage": 1, "negation:differs": 1]) == ["coverage +4.00", "negation:differs -4.00"])
    }

    @Test("Features of a match: coverage, rank, figure agreement, polarity")
    func features() throws {
        let page = "<html lang=\"en\"><body><article><p>The agency did not open 300 polling stations in 2023.</p></article></body></html>"
        let source = try HTMLReader.read(Array(page.utf8), path: "report.html")
        let matcher = Matcher(store: SourceStore(documents: [source]))
        let query = MatchQuery(text: "The agency opened 300 polling stations in 2023", language: .english)
        let match = try #require(matcher.matches(for: query, in: nil, limit: 1).first)
        let features = VerdictFeatures.of(match, rank: 0, query: query, language: .english)
        #expect(features["rank:first"] == 1)
        #expect(features["figure:agrees"] == 1)
        #expect(features["date:agrees"] == 1)
        #expect(features["negation:differs"] == 1)
        #expect((features["coverage"] ?? 0) > 0.5)
    }
}
