import Testing

@testable import ClaimCheck

/// The same number under a ceiling on one side and another hedge on the other ("up to 330" /
/// "more than 330") ties the two mentions by itself: a list or a missing event does not hide
/// it (docs/quantities.md).
@Suite("Quantity frame: one number, opposite hedges")
struct QuantityRestatedNumberTests {
    @Test(
        "A ceiling restating a listed or eventless figure is a warning",
        arguments: [
            ["More than 330 of the hotel's 397 rooms have been redesigned.", "Up to 330 rooms were rebuilt from scratch."],
            ["The campaign posted more than 5,000 messages a day in May, against about 300 messages a day in April.", "In May, up to 5,000 messages a day went out."],
        ])
    func restated(_ paragraphs: [String]) {
        let findings = QuantityFrameTests.conflicts(paragraphs)
        #expect(findings.map(\.severity) == [.warning], "\(paragraphs)")
    }

    @Test("Once as people, once by name: the number and a shared word tie them")
    func people() {
        let paragraphs = ["Approximately 50 people had gathered inside the tents.", "At least 50 visitors were inside the tents that evening."]
        #expect(QuantityFrameTests.conflicts(paragraphs).map(\.severity) == [.warning])
    }

    @Test("Two things by name are not tied by one number: visitors are not cars")
    func twoNames() {
        let paragraphs = ["At least 50 cars were parked near the tents.", "Approximately 50 visitors were inside the tents."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }

    @Test("Another number under a ceiling is still held to the frame's ties")
    func anotherNumber() {
        let paragraphs = ["More than 330 of the hotel's 397 rooms have been redesigned.", "Up to 120 rooms were rebuilt from scratch."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }
}
