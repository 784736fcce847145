import Testing

@testable import ClaimCheck

/// A count with its noun left out, whose verb's patients are people ("the blast killed 14",
/// "20 were arrested"), counts people; a count of an event's outcome ("deux morts") is the
/// count of that event's people in either language (docs/quantities.md).
@Suite("Quantity frame: counts of people")
struct QuantityPeopleTests {
    @Test(
        "A bare count of victims, arrests or hires restates a count of people",
        arguments: [
            ["The landslide killed 14 on Sunday.", "Around 30 people died in the disaster."],
            ["Police arrested 40 after the march.", "About 90 people were detained in the capital."],
        ])
    func bareCount(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).count == 1, "\(paragraphs)")
    }

    @Test("Two bare counts are not tied by the people both verbs imply")
    func twoBareCounts() {
        let paragraphs = ["The first raid killed 1,200 in a single night.", "The long siege of the city killed more than 9,000 over a year."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }

    @Test(
        "A French outcome noun meets the verb of its event",
        arguments: [
            ["Les frappes ont fait deux morts à Kharkiv vendredi.", "Le bombardement de vendredi a tué cinq personnes, selon la mairie."],
            ["L'explosion a fait au moins trois morts dans le port.", "Jusqu'à trois personnes ont péri dans l'explosion du port."],
        ])
    func frenchOutcome(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs, language: "fr").count == 1, "\(paragraphs)")
    }

    @Test("A count of votes is not the count of the states that vote")
    func votesAreNotVoters() {
        let paragraphs = ["The path to 270 electoral votes runs through the Midwest.", "Early voting has begun in nine states."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }
}
