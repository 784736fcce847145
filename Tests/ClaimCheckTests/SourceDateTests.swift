import Testing

@testable import ClaimCheck

/// "This was stated in a 2019 interview with X": the date is checked against the cited page's
/// own publication date.
@Suite("Claims dated by their source")
struct SourceDateTests {
    private let page = """
        <!doctype html><html lang="en"><head><title>Interview</title>
        <!-- Written for claimcheck's tests. -->
        <meta property="og:site_name" content="Harbour Weekly">
        <meta property="article:published_time" content="2019-05-03T09:00:00+01:00">
        <link rel="canonical" href="https://harbourweekly.example/interview"></head>
        <body><article><h1>The director speaks</h1>
        <p>Q: What happens to the eastern dock?</p>
        <p>A: We may have to shut the eastern dock before the winter; the repairs are too expensive.</p>
        </article></body></html>
        """

    private func evidence(year: Int) throws -> [Evidence] {
        let source = try HTMLReader.read(Array(page.utf8), path: "interview.html")
        let matcher = Matcher(store: SourceStore(documents: [source]))
        let text = """
            Title line

            The harbour authority could close the eastern dock before winter. This was stated in a \(year) interview with [Harbour Weekly](https://harbourweekly.example/interview) by its director.

            """
        let result = ClaimChecker().check(PlainTextReader.read(text, path: "d.txt"), fileText: text, matcher: matcher)
        let claim = try #require(result.claims.first { $0.antecedent != nil })
        return result.evidence[try #require(result.claims.firstIndex { $0.id == claim.id })]
    }

    @Test("The page's own date confirms the interview's year")
    func sameYear() throws {
        let found = try evidence(year: 2019)
        #expect(found.first?.agreement == .supports)
        #expect(found.first?.reasons.contains("the claim's date is the cited page's publication date") == true)
    }

    @Test("Another year does not")
    func otherYear() throws {
        #expect(try evidence(year: 2016).allSatisfy { $0.agreement != .supports })
    }

    @Test("ISO dates and date-times give their day")
    func isoDays() {
        #expect(Citations.day(fromISO: "2016-10-12T08:00:00+02:00") == Day(year: 2016, month: 10, day: 12))
        #expect(Citations.day(fromISO: "2016-10-12") == Day(year: 2016, month: 10, day: 12))
        #expect(Citations.day(fromISO: "12/10/2016") == nil)
    }
}
