import Testing

@testable import ClaimCheck

/// A figure whose noun is left out: the object of its verb ("killed 1,200") is tied to a count
/// of the same event by the words its clause shares; "eight of the 10 questions" counts the
/// whole's thing and is a part of it.
@Suite("Quantity frame: the noun left out")
struct QuantityElidedNounTests {
    @Test(
        "The count is the same quantity as a count of the same event or of its whole's thing",
        arguments: [
            ["Officials said the attack killed 1,200 in the capital.", "Around 800 people were killed in the attack on the capital."],
            ["Eight of the 10 questions were directed at the minister.", "Five questions were directed at the minister."],
        ])
    func tied(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).count == 1, "\(paragraphs)")
    }

    @Test(
        "A part is not compared with its whole restated, nor a bare number after a noun",
        arguments: [
            ["Eight of the 10 questions were directed at the minister.", "The panel directed 10 questions at the minister."],
            ["The committee retained 705 journals for the list.", "Section 37 retained the list after a long consultation."],
        ])
    func notTied(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty, "\(paragraphs)")
    }
}
