import ClaimCheck
import Testing

@Suite struct MatchIndexTests {
    @Test func rarerTermsWeighMoreThanCommonOnes() throws {
        // "harbour" is in every passage, "lighthouse" in one: a query for both ranks the
        // lighthouse passage first.
        let matcher = MatchFixtures.matcher([
            MatchFixtures.document(
                "a", language: "en",
                paragraphs: [
                    "The harbour was quiet at dawn.", "The harbour lighthouse was repaired.",
                    "The harbour cranes stood still.", "Boats left the harbour early.",
                ])
        ])
        let best = try #require(matcher.matches(for: MatchQuery(text: "harbour lighthouse", language: .english), in: nil, limit: 4).first)
        #expect(best.passage.text == "The harbour lighthouse was repaired.")
        #expect(best.score > 0 && best.score <= 1)
    }

    @Test func shorterPassagesWinOnEqualTermCounts() throws {
        let matcher = MatchFixtures.matcher([
            MatchFixtures.document(
                "a", language: "en",
                paragraphs: [
                    "Volcanic ash closed the northern airport for a week while engineers inspected runways and fuel depots.",
                    "Volcanic ash closed schools.", "Farmers sold wheat.",
                ])
        ])
        let found = matcher.matches(for: MatchQuery(text: "volcanic ash", language: .english), in: nil, limit: 3)
        #expect(found.first?.passage.text == "Volcanic ash closed schools.")
        #expect(found.count == 2)
    }

    @Test func numberWordsAndDigitsMeetThroughFigureValues() throws {
        let matcher = MatchFixtures.matcher([
            MatchFixtures.document("fr", language: "fr", paragraphs: ["Les autorités ont saisi cinquante tonnes de cacao."]),
            MatchFixtures.document("en", language: "en", paragraphs: ["Customs seized twelve tonnes of cacao."]),
        ])
        let found = matcher.matches(for: MatchQuery(text: "50 tonnes of cacao seized", language: .english), in: nil, limit: 2)
        #expect(found.first?.sourceID == 0)
        #expect(found.first?.terms.contains("50") == true)
    }

    @Test func datesAreTermsByYearAndMonth() throws {
        let matcher = MatchFixtures.matcher([
            MatchFixtures.document(
                "a", language: "en",
                paragraphs: ["The dam opened in March 2019 after delays.", "The dam opened to visitors in 2021."])
        ])
        let best = try #require(matcher.matches(for: MatchQuery(text: "The dam opened in March 2019.", language: .english), in: nil, limit: 2).first)
        #expect(best.passage.text.contains("March 2019"))
        #expect(best.terms.contains("2019-03"))
    }

    @Test func restrictingToSourcesAndPreferringThem() {
        let documents = [
            MatchFixtures.document("a", language: "en", paragraphs: ["The bridge collapsed during the storm."]),
            MatchFixtures.document("b", language: "en", paragraphs: ["The old bridge collapsed during a storm in the night."]),
        ]
        let matcher = MatchFixtures.matcher(documents)
        let query = MatchQuery(text: "the bridge collapsed in the storm", language: .english)
        #expect(matcher.matches(for: query, in: [1], limit: 5).map(\.sourceID) == [1])
        #expect(matcher.matches(for: query, preferring: [1], limit: 5).map(\.sourceID) == [1, 0])
        #expect(matcher.matches(for: query, in: [], limit: 5).isEmpty)
        #expect(matcher.matches(for: query, in: nil, limit: 0).isEmpty)
    }

    @Test func aSentenceAndItsWindowAreNotBothReturned() {
        let matcher = MatchFixtures.matcher([
            MatchFixtures.document(
                "a", language: "en", paragraphs: ["The museum reopened on Monday. Visitors queued for hours."])
        ])
        let found = matcher.matches(for: MatchQuery(text: "the museum reopened", language: .english), in: nil, limit: 5)
        #expect(found.count == 1)
    }

    @Test func unrelatedQueriesFindNothing() {
        let matcher = MatchFixtures.matcher([
            MatchFixtures.document("a", language: "en", paragraphs: ["The museum reopened on Monday."])
        ])
        #expect(matcher.matches(for: MatchQuery(text: "Wheat prices fell sharply.", language: .english), in: nil, limit: 5).isEmpty)
    }
}

@Suite struct MatchBatchTests {
    @Test func aBatchGivesWhatSingleCallsGive() throws {
        let (store, _) = SourceStore.load(paths: [MatchFixtures.folder + "/sources"])
        let matcher = Matcher(store: store)
        let claims = [
            "France expelled 35 Russian diplomats in April 2022.",
            "Officials identified the spies after an investigation into the theft of naval technologies.",
            "The Interior Ministry deployed 120 police officers on 14 July 2021.",
            "Wheat prices fell.",
        ].map { MatchQuery(text: $0, language: .english) }
        let preferred: [Set<Int>] = [[1], [], [2], [0]]
        let batch = matcher.matches(for: claims, preferring: preferred, limit: 2)
        #expect(batch.count == claims.count)
        for (i, claim) in claims.enumerated() {
            #expect(batch[i] == matcher.matches(for: claim, preferring: preferred[i], limit: 2))
        }
        #expect(batch[0].first?.agreement == .supports)
        #expect(batch[1].first?.agreement == .supports)
        #expect(batch[2].first?.agreement == .supports)
        #expect(batch[3].isEmpty)
        #expect(matcher.matches(for: claims, limit: 1).map(\.count) == [1, 1, 1, 0])
    }
}

@Suite struct MatchQueryTests {
    @Test func figuresWithOffsetsFromAnotherTextStillReplaceTheirWords() throws {
        // Figures read from the whole paragraph, query text = one sentence of it.
        let paragraph = "Yes. France expelled fifty spies."
        let found = FigureExtractor(language: .english).analyze(paragraph)
        let query = MatchQuery(text: "France expelled fifty spies.", language: .english, figures: found.figures, dates: found.dates)
        let matcher = MatchFixtures.matcher([
            MatchFixtures.document("fr", language: "fr", paragraphs: ["La France a expulsé 50 espions.", "Il pleut."])
        ])
        let match = try #require(matcher.matches(for: query, in: nil, limit: 1).first)
        #expect(match.terms.contains("spy"))
        #expect(match.terms.contains("50"))
        #expect(match.agreement == .supports)
    }

    @Test func quotesAreFoundRepeatedlyAndFromCopies() {
        let store = SourceStore(documents: [MatchFixtures.document("q", language: "en", paragraphs: ["He said: “We will stay.”"])])
        let copy = store
        #expect(store.contains(quote: "we will stay", inSource: 0))
        #expect(copy.contains(quote: "We will stay", inSource: 0))
        #expect(!copy.contains(quote: "we will leave", inSource: 0))
    }
}

@Suite struct MatchConcurrencyTests {
    @Test func oneMatcherServesManyTasksAtOnce() async throws {
        let (store, _) = SourceStore.load(paths: [MatchFixtures.folder + "/sources"])
        let matcher = Matcher(store: store)
        let claims = [
            "France expelled 35 Russian diplomats in April 2022.",
            "France expelled 50 Russian diplomats in April 2022.",
            "The Interior Ministry deployed 120 police officers on 14 July 2021.",
            "Officials identified the spies after an investigation into the theft of naval technologies.",
        ].map { MatchQuery(text: $0, language: .english) }
        let expected = claims.map { matcher.matches(for: $0, in: nil, limit: 3) }
        let results = await withTaskGroup(of: (Int, [PassageMatch]).self) { group in
            for round in 0..<40 {
                let i = round % claims.count
                group.addTask { (i, matcher.matches(for: claims[i], in: nil, limit: 3)) }
            }
            var all: [(Int, [PassageMatch])] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 40)
        for (i, found) in results { #expect(found == expected[i]) }
        #expect(expected.map { $0.first?.agreement } == [.supports, .conflicts, .supports, .supports])
    }
}
