import ClaimCheck
import Testing

@Suite struct SourceLookupTests {
    static let store = SourceStore.load(paths: [MatchFixtures.folder + "/sources"]).store

    @Test(arguments: [
        "https://www.lemonde.fr/international/article/2022/04/04/la-france-expulse-des-diplomates-russes_1.html",
        "http://lemonde.fr/international/article/2022/04/04/la-france-expulse-des-diplomates-russes_1.html?utm_source=x#top",
        "https://www.lemonde.fr/international/article/2022/04/04/la-france-expulse-des-diplomates-russes_1.html/",
    ])
    func aLinkFindsItsSourceByNormalisedURL(link: String) {
        #expect(Self.store.source(forLink: link)?.path.hasSuffix("lemonde-expulsions.html") == true)
    }

    @Test func aLinkWithAnotherQueryFindsTheSamePath() {
        let found = Self.store.source(forLink: "https://news.harbourgazette.example/world/fifty-spies-sent-home?edition=uk")
        #expect(found?.path.hasSuffix("harbour-gazette-spies.html") == true)
    }

    @Test func unknownLinksFindNothing() {
        #expect(Self.store.source(forLink: "https://www.lemonde.fr/autre-article.html") == nil)
        #expect(Self.store.source(forLink: "not a url") == nil)
    }

    @Test func sourcesByHostAndPublisher() {
        #expect(Self.store.sources(forHost: "lemonde.fr").count == 1)
        #expect(Self.store.sources(forHost: "https://www.lemonde.fr/").count == 1)
        #expect(Self.store.sources(forHost: "harbourgazette.example").count == 1)
        #expect(Self.store.sources(forHost: "rfi.fr").isEmpty)
        #expect(Self.store.sources(for: Publisher(name: "Le Monde")).count == 1)
        #expect(Self.store.sources(for: Publisher(name: "RFI")).isEmpty)
    }
}
