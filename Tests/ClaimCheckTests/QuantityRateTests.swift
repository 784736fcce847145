import Testing

@testable import ClaimCheck

/// A rate per period is a slot of the frame ("a day", "par jour", "quotidiens", a count "in a
/// single day" or "en une journée"): rates of the
/// same period are compared, a rate is never compared with a total.
@Suite("Quantity frame: rates")
struct QuantityRateTests {
    @Test(
        "Two rates of the same period are compared",
        arguments: [
            ["The hotline received more than 5,000 calls a day in March.", "In March the hotline received about 2,000 daily calls."],
            ["Le standard a enregistré environ 5 000 appels par jour.", "Le standard a enregistré quelque 1 200 appels quotidiens."],
        ])
    func sameRate(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs, language: paragraphs[0].contains("Le ") ? "fr" : "en").count == 1, "\(paragraphs)")
    }

    @Test(
        "A rate and a total, or rates of other periods, are not compared",
        arguments: [
            ["The clinic treated 300 patients a day.", "The clinic treated 40,000 patients in 2023."],
            ["The hotline received 5,000 calls a day.", "The hotline received 90,000 calls a month."],
            ["The hotline received 6,000 calls in a single day.", "The hotline received more than 80,000 calls."],
        ])
    func otherRate(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty, "\(paragraphs)")
    }
}
