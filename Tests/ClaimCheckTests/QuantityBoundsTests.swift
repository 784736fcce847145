import Testing

@testable import ClaimCheck

/// Bounds that touch ("more than 1,000" / "up to 1,000") differ in their hedge, not their
/// number: a warning, not an error. Two shares that add up to the whole are its two parts.
@Suite("Quantity frame: touching bounds and complementary shares")
struct QuantityBoundsTests {
    @Test func touchingBoundsAreAWarning() throws {
        let findings = QuantityFrameTests.conflicts(["The agency will hire more than 1,000 inspectors.", "The agency will hire up to 1,000 inspectors."])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning)
    }

    @Test func complementarySharesAreNotCompared() {
        #expect(QuantityFrameTests.conflicts(["The state paid 27 per cent of the cost.", "The firms paid 73 per cent of the cost."]).isEmpty)
    }
}
