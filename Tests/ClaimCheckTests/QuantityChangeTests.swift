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
