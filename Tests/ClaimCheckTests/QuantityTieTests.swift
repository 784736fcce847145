import Testing

@testable import ClaimCheck

/// When one mention names no event, or a verb the lexicon does not relate, the two clauses
/// must share words (or an agreeing year, day, actor or place) to count the same quantity;
/// when neither names an event the tie must be stronger still (docs/quantities.md).
@Suite("Quantity frame: ties when a slot is empty")
struct QuantityTieTests {
    @Test(
        "Mentions that share the words around their figure are the same quantity",
        arguments: [
            ["About 140 apartments stood in the harbour complex.", "The harbour complex contained roughly 300 apartments."],
            ["Giuliani was paid $160,000 for the magazine interview.", "Giuliani received $60,000 for the magazine interview."],
        ])
    func tied(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).count == 1, "\(paragraphs)")
    }

    @Test(
        "A shared noun alone, or shared words without any event, is no tie",
        arguments: [
            ["The museum holds 300 paintings.", "About 120 paintings were sold at auction."],
            ["The retail price on this model is $3,299.", "Prices start at $2,199 with the code."],
        ])
    func notTied(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty, "\(paragraphs)")
    }
}
