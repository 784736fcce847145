import Testing

@testable import ClaimCheck

/// A bare figure after "at" / "to" counts the number its clause named before it ("put the
/// number of people killed at up to 39,000", "the death toll … rose to 10"); and two bare counts
/// of one event under opposite hedges on one number are tied by that number.
@Suite("Quantity frame: numbers named before the figure")
struct QuantityNumberNounTests {
    @Test(
        "The number of …, or a toll, given after at / to, restates a count",
        arguments: [
            ["Health officials put the number of people killed in the war at up to 39,000.", "More than 39,000 people were killed in the war."],
            ["The death toll from the fire in Valencia rose to 10 on Saturday.", "Fourteen people were killed in the Valencia fire on Saturday."],
            ["Le ministère a porté le nombre de blessés à 40 dans la région.", "Quelque 75 blessés ont été recensés dans la région, selon le ministère."],
        ])
    func namedNumber(_ paragraphs: [String]) {
        let language = paragraphs[0].contains("ministère") ? "fr" : "en"
        #expect(QuantityFrameTests.conflicts(paragraphs, language: language).count == 1, "\(paragraphs)")
    }

    @Test("A number noun that counts something else does not tie: a toll is not a count of buildings")
    func otherThings() {
        let paragraphs = ["The death toll from the fire rose to 10 on Saturday.", "The fire destroyed 14 buildings on Saturday."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }

    @Test("One number under a floor and a ceiling, both bare counts of one event: a warning")
    func restatedBareCounts() throws {
        let paragraphs = ["The war has killed more than 39,000, according to local tallies.", "The war killed up to 39,000, local officials said."]
        let found = QuantityFrameTests.conflicts(paragraphs)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
    }

    @Test("Two bare counts of one event with different numbers stay apart")
    func differentBareCounts() {
        let paragraphs = ["The war has killed more than 39,000, according to local tallies.", "The first raid killed up to 1,200 in one night."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }
}
