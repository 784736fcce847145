import Testing

@testable import ClaimCheckText

/// A hedge written before a currency sign hedges the sum ("at least $500,000", "up to €40
/// million"): the sign between them does not drop it.
@Test(arguments: [
    FigureCase("They raised at least $500,000 for the school.", .atLeast, 500_000, nil),
    FigureCase("The repairs cost more than $70 million.", .atLeast, 70_000_000, nil, false),
    FigureCase("The club paid up to €40 million for him.", .atMost, nil, 40_000_000),
    FigureCase("The fund lost roughly $600 billion.", .approximate, 540e9, 660e9),
])
func hedgeBeforeCurrencySign(_ c: FigureCase) {
    #expect(c.check(.english), "\(c.text)")
}
