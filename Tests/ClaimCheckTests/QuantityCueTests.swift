import Testing

@testable import ClaimCheck

/// Cues the frame reads more narrowly: a possessive before a figure is no model name; "May"
/// inside a sentence is the month, not a modal; "earlier", "previous" before a count place it
/// in another instance; "five separate counts", "26 different countries" are counts of several, not another one.
@Suite("Quantity frame: cues")
struct QuantityCueTests {
    @Test(
        "A possessive before the figure and the month May leave the figure comparable",
        arguments: [
            ["The city’s 20 million residents were evacuated.", "About 32 million residents were evacuated."],
            ["The economy added 88,000 jobs in May.", "In all, 40,000 jobs were added by the economy."],
            ["The guards conducted five separate counts overnight.", "The guards conducted twelve separate counts overnight."],
            ["The group advised 55 clubs in 26 different countries.", "The group advised around 120 clubs."],
        ])
    func comparable(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).count == 1, "\(paragraphs)")
    }

    @Test func anEarlierInstanceIsAnotherQuantity() {
        #expect(QuantityFrameTests.conflicts(["Militants took 12 hostages from the village.", "In an earlier raid, militants took 30 hostages from the village."]).isEmpty)
    }
}
