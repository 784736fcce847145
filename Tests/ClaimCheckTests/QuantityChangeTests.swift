import Testing

@testable import ClaimCheck

/// A percentage right after a verb of change is the change of the noun before the verb, up or
/// down ("shares have risen roughly 40%"); two changes of one noun in one direction are one
/// quantity, whatever the verb (docs/quantities.md).
@Suite("Quantity frame: changes in per cent")
struct QuantityChangeTests {
    @Test(
        "Two rises (or falls) of one noun, in other verbs, are compared",
        arguments: [
            ["The shares have risen roughly 40% since January.", "It was a major gain for shares, climbing more than 80% so far this year."],
            ["Exports fell 12% over the quarter.", "Over the quarter exports dropped 3%, the ministry said."],
        ])
    func sameChange(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).map(\.severity) == [.error], "\(paragraphs)")
    }

    @Test("In French: « ont augmenté de 3 % » / « ont progressé de 8 % »")
    func french() {
        let paragraphs = ["Les loyers ont augmenté de 3 % cette année.", "Cette année, les loyers ont progressé de 8 %, selon l'observatoire."]
        #expect(QuantityFrameTests.conflicts(paragraphs, language: "fr").count == 1)
    }

    @Test(
        "A noun of change is the change of what follows it",
        arguments: [
            ["Prices rose 8% over the year.", "Over the year the agency measured a 3% rise in prices."],
            ["Exports dropped 12% last quarter.", "Last quarter saw a 4% decline in exports."],
        ])
    func nominal(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).map(\.severity) == [.error], "\(paragraphs)")
    }

    @Test("In French: « une hausse de 3 % des loyers » / « les loyers ont augmenté de 8 % »")
    func frenchNominal() {
        let paragraphs = ["Les loyers ont augmenté de 8 % cette année.", "Cette année, une hausse de 3 % des loyers a été mesurée."]
        #expect(QuantityFrameTests.conflicts(paragraphs, language: "fr").count == 1)
    }

    @Test("A rise in one thing is not a fall in it, nor a rise in another")
    func nominalOther() {
        #expect(QuantityFrameTests.conflicts(["Prices rose 8% over the year.", "Over the year the agency measured a 3% fall in prices."]).isEmpty)
        #expect(QuantityFrameTests.conflicts(["Prices rose 8% over the year.", "Over the year the agency measured a 3% rise in wages."]).isEmpty)
    }

    @Test(
        "A rise is not a fall, nor another noun's rise, nor a level",
        arguments: [
            ["Exports rose 12% over the quarter.", "Over the quarter exports fell 3%."],
            ["Exports rose 12% over the quarter.", "Over the quarter imports rose 3%."],
            ["Unemployment rose 5% over the year.", "Unemployment rose to 7% over the year."],
        ])
    func otherChanges(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty, "\(paragraphs)")
    }
}
