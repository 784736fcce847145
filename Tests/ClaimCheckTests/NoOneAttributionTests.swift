import ClaimCheckHTML
import Testing

@testable import ClaimCheck

/// A vague attribution that names no kind of source ("according to estimates", "reportedly")
/// leaves its figure unsourced; one that names a kind ("according to French media", "experts
/// say") is `vague-attribution`'s alone.
@Suite("unsourced-figure: vague attributions that name no one")
struct NoOneAttributionTests {
    private func rules(_ sentence: String) -> [Rule] {
        let text = "# T\n\n\(sentence)\n"
        let document = MarkdownReader.read(text, path: "draft.md")
        return ClaimChecker().check(document, fileText: text).findings.map(\.rule).sorted { $0.rawValue < $1.rawValue }
    }

    @Test(
        "Hedges and owner-less documents: both warnings",
        arguments: [
            "The repairs cost more than $4 billion a year, according to estimates.",
            "Published estimates put the share of exports as high as 40 percent.",
            "Reportedly, 40 ships were turned away.",
            "Some 200 soldiers are believed to remain at the base.",
            "Selon des études, 27 % des patients renoncent aux soins.",
        ])
    func namesNoOne(sentence: String) {
        #expect(rules(sentence) == [.unsourcedFigure, .vagueAttribution])
    }

    @Test(
        "A kind of source, vague as it is: the vague warning only",
        arguments: [
            "The services have expelled up to fifty spies, according to French media.",
            "Experts say 40 ships were turned away.",
            "People familiar with the talks said 40 ships were turned away.",
            "Selon des sources diplomatiques, 40 navires ont été refoulés.",
        ])
    func namesAKind(sentence: String) {
        #expect(rules(sentence) == [.vagueAttribution])
    }

    @Test func kinds() {
        #expect(Attribution(text: "according to previous studies", kind: .vague).namesNoSource)
        #expect(Attribution(text: "aurait", kind: .vague).namesNoSource)
        #expect(!Attribution(text: "according to Kremlin critics and some local media", kind: .vague).namesNoSource)
        #expect(!Attribution(text: "Several warned", kind: .vague).namesNoSource)
        #expect(!Attribution(text: "according to estimates", kind: .specific).namesNoSource, "a specific one names its source")
    }
}
