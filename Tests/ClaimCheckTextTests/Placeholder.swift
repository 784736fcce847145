import Testing
@testable import ClaimCheckText
