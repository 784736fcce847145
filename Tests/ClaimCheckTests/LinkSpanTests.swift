import Testing

@testable import ClaimCheck

/// A link whose anchor text runs over two sentences, or holds an ellipsis or quotes, credits
/// every sentence its text covers (drafts written for these tests).
@Suite("Links over sentence boundaries")
struct LinkSpanTests {
    private let href = "https://example.org/report"

    private func claims(markdown text: String) -> [Claim] {
        ClaimFinder().claims(in: MarkdownReader.read(text, path: "draft.md"), fileText: text)
    }

    private func hrefs(_ claim: Claim) -> [String] {
        claim.links.map(\.href)
    }

    @Test("Markdown: a link over two sentences credits both, each with its own words")
    func twoSentences() throws {
        let found = claims(markdown: "# Draft\n\nThe agency counted [1,200 polling stations in 2022. It opened 300 new ones in 2023](\(href)).\n")
        #expect(found.count == 2)
        for claim in found { #expect(hrefs(claim) == [href]) }
        #expect(found.first?.links.first?.text == "1,200 polling stations in 2022.")
        #expect(found.last?.links.first?.text == "It opened 300 new ones in 2023")
        #expect(found.allSatisfy { $0.attributions.contains { $0.href == href } })
    }

    @Test("Markdown: a link over three sentences credits the middle one too")
    func threeSentences() throws {
        let found = claims(markdown: "# Draft\n\nIt said [12 schools closed. Then 40 more shut in May. By June 90 had](\(href)) closed.\n")
        #expect(found.count == 3)
        for claim in found { #expect(hrefs(claim) == [href]) }
        #expect(found[1].links.first?.text == "Then 40 more shut in May.")
    }

    @Test("Markdown: a quote closing one sentence inside the link text")
    func quoteInside() throws {
        let found = claims(markdown: "# Draft\n\nThe director [said “we will open 30 more.” The budget was 4 million euros](\(href)).\n")
        #expect(found.count == 2)
        for claim in found { #expect(hrefs(claim) == [href]) }
    }

    @Test("Markdown: an ellipsis inside the link text, whether or not the splitter cuts there")
    func ellipsis() throws {
        let within = claims(markdown: "# Draft\n\nThe agency [counted 1,200 polling stations … in 2022](\(href)).\n")
        #expect(within.count == 1)
        #expect(within.first.map(hrefs) == [href])
        let across = claims(markdown: "# Draft\n\nThe agency [counted 1,200 polling stations… In 2023 it opened 300](\(href)).\n")
        #expect(across.count == 2)
        for claim in across { #expect(hrefs(claim) == [href]) }
    }

    @Test("HTML: an anchor over two sentences credits both")
    func html() throws {
        let page = """
            <html lang="en"><head><title>Draft</title></head><body><article><h1>Draft</h1>
            <p>The agency counted <a href="\(href)">1,200 polling stations in 2022. It opened 300 new ones in 2023</a>.</p>
            </article></body></html>
            """
        let document = try HTMLReader.read(Array(page.utf8), path: "draft.html")
        let found = ClaimFinder().claims(in: document)
        #expect(found.count == 2)
        for claim in found { #expect(hrefs(claim) == [href]) }
    }

    @Test("A link is not credited to a sentence it does not cover")
    func notOthers() throws {
        let found = claims(markdown: "# Draft\n\nIn 2021 the agency counted 900 stations. The agency counted [1,200 polling stations in 2022. It opened 300 in 2023](\(href)). In 2024 it closed 50.\n")
        #expect(found.count == 4)
        #expect(found.map { hrefs($0).count } == [0, 1, 1, 0])
    }

    @Test("Checked against the page it links to: both sentences get its evidence")
    func checked() throws {
        let page = """
            <html lang="en"><head><link rel="canonical" href="\(href)"><title>Report</title></head><body><article>
            <p>The agency counted 1,200 polling stations in 2022. It opened 300 new polling stations in 2023.</p>
            </article></body></html>
            """
        let source = try HTMLReader.read(Array(page.utf8), path: "report.html", options: .init(url: href))
        let matcher = Matcher(store: SourceStore(documents: [source]))
        let draft = MarkdownReader.read(
            "# Draft\n\nThe agency counted [1,200 polling stations in 2022. It opened 300 new polling stations in 2023](\(href)).\n",
            path: "draft.md")
        let result = ClaimChecker().check(draft, matcher: matcher)
        #expect(result.claims.count == 2)
        for evidence in result.evidence { #expect(evidence.contains { $0.cited && $0.agreement == .supports }) }
    }
}
