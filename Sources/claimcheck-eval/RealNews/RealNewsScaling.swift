import ClaimCheck
import ClaimCheckHTML

/// The cost of `conflicting-figures` on a long draft whose paragraphs all count the same
/// thing (the worst case for an all-against-all comparison): 1,000 and 10,000 short
/// paragraphs, timed in this process, with the ratio between them (10 is linear).
enum RealNewsScaling: RealNewsSection {
    static func lines(pages: [RealNewsPage], checked: [RealNewsRun.Result], folder: String) throws -> [String] {
        var times: [Double] = []
        for count in [1_000, 10_000] {
            let paragraphs = (0..<count).map { i in
                Paragraph(text: "Officials said \(100 + i % 50) inspectors were dismissed in the region.", line: i + 1, offset: i * 60)
            }
            let document = Document(path: "same-noun-\(count).txt", format: .text, metadata: Metadata(language: "en"), paragraphs: paragraphs)
            let start = ContinuousClock.now
            let result = ClaimChecker().check(document)
            times.append((ContinuousClock.now - start).inSeconds)
            _ = result.findings.count
        }
        return [
            "same-noun drafts: 1,000 paragraphs \(String(format: "%.2f", times[0])) s, 10,000 paragraphs \(String(format: "%.2f", times[1])) s "
                + "(ratio \(String(format: "%.1f", times[1] / max(times[0], 1e-9))); linear is 10)"
        ]
    }
}
