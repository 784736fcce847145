import Testing
@testable import ClaimCheckHTML
@Test func placeholder() { #expect(Document(path: "a", format: .text).paragraphs.isEmpty) }
