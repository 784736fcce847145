import ClaimCheckText
import Testing

@testable import ClaimCheck

/// Negation, rebuttal and modality cues (`Polarity`), and their effect on support.
@Suite struct MatchPolarityTests {
    @Test(arguments: [
        ("CO2 is not a pollutant.", true), ("It can't be stopped.", true), ("Aucune école ne fermera.", true),
        ("Global warming not only melts ice but raises seas.", false), ("CO2 is a pollutant.", false),
    ])
    func negation(_ text: String, _ negated: Bool) {
        let language: Language = text.hasPrefix("Aucune") ? .french : .english
        #expect(Polarity(text, language: language).negated == negated)
    }

    @Test func rebuttalAndModality() {
        #expect(Polarity("The 97% consensus has been disproven.", language: .english).rebuts)
        #expect(Polarity("L'agence a démenti ce chiffre.", language: .french).rebuts)
        #expect(Polarity("Sea levels could rise by two feet.", language: .english).modal)
        #expect(!Polarity("In May 2014, 20 wildfires broke out.", language: .english).modal)
    }

    @Test func aNegatedClaimIsNotSupportedByTheSameWordsWithoutNegation() throws {
        let document = MatchFixtures.document("s", language: "en", paragraphs: ["The county closed 12 rural schools in 2023.", "Buses ran late."])
        let matcher = MatchFixtures.matcher([document])
        let plain = matcher.matches(for: MatchQuery(text: "The county closed 12 rural schools in 2023.", language: .english), in: nil, limit: 1)
        #expect(plain.first?.agreement == .supports)
        let negated = matcher.matches(
            for: MatchQuery(text: "The county did not close 12 rural schools in 2023.", language: .english), in: nil, limit: 1)
        #expect(negated.first?.agreement == .related)
        #expect(negated.first?.reasons.contains { $0.hasPrefix("polarity:") } == true)
    }
}
