import Testing

@testable import ClaimCheck

/// Attributions in English and French: specific or vague, and the publisher they resolve to.
@Suite("Attributions")
struct AttributionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var kinds: [Attribution.Kind]
        var publisher: String?
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // Specific, English.
        Case(sentence: "Spies approached graduates in October 2022, according to Le Monde.", kinds: [.specific], publisher: "Le Monde"),
        Case(sentence: "They were still advertising courses in 2020, as LeMonde reported.", kinds: [.specific], publisher: "Le Monde"),
        Case(sentence: "The French Interior Ministry reported that 35 diplomats had been expelled.", kinds: [.specific], publisher: "Ministère de l'Intérieur"),
        Case(sentence: "This was stated in a 2016 interview with RFI by a French journalist.", kinds: [.specific], publisher: "RFI"),
        Case(sentence: "Reuters reported on Monday that 12 people died.", kinds: [.specific], publisher: "Reuters"),
        Case(sentence: "The minister told the BBC that 40 officers were injured.", kinds: [.specific], publisher: "BBC"),
        Case(sentence: "According to Radio France Internationale, 300 people were evacuated.", kinds: [.specific], publisher: "RFI"),
        Case(sentence: "According to the authors of the petition, the centre is a front.", kinds: [.specific], publisher: nil),
        Case(sentence: "Police spokeswoman Jane Doe said 14 people were arrested.", kinds: [.specific], publisher: nil),
        Case(sentence: "As reported by Agence France-Presse, about 200 homes were flooded.", kinds: [.specific], publisher: "AFP"),
        // Specific, French.
        Case(sentence: "Selon Le Figaro, 35 diplomates ont été expulsés.", kinds: [.specific], publisher: "Le Figaro"),
        Case(sentence: "D'après Libération, une cinquantaine d'espions ont quitté le pays.", kinds: [.specific], publisher: "Libération"),
        Case(sentence: "Six agents ont été arrêtés, a rapporté France 24.", kinds: [.specific], publisher: "France 24"),
        Case(sentence: "Le bilan est de 12 morts, a indiqué le ministère de l’Intérieur.", kinds: [.specific], publisher: "Ministère de l'Intérieur"),
        Case(sentence: "L'AFP a indiqué que 200 personnes avaient été évacuées.", kinds: [.specific], publisher: "AFP"),
        // Vague, English.
        Case(sentence: "The services have reportedly expelled up to fifty spies, according to French media.", kinds: [.vague, .vague], publisher: nil),
        Case(sentence: "According to Kremlin critics and some local media, the centre is a cover.", kinds: [.vague], publisher: nil),
        Case(sentence: "Sources say that 20 agents were recalled.", kinds: [.vague], publisher: nil),
        Case(sentence: "Experts believe that the figure is closer to 100.", kinds: [.vague], publisher: nil),
        Case(sentence: "The officer allegedly took 3,000 euros.", kinds: [.vague], publisher: nil),
        Case(sentence: "US officials said 30 people were detained.", kinds: [.vague], publisher: nil),
        // Vague, French.
        Case(sentence: "Selon des sources, 20 agents ont été rappelés.", kinds: [.vague], publisher: nil),
        Case(sentence: "Le pays aurait expulsé une cinquantaine d'espions.", kinds: [.vague], publisher: nil),
        Case(sentence: "De source sûre, 40 personnes ont été interpellées.", kinds: [.vague], publisher: nil),
        Case(sentence: "Selon certains médias, le centre servirait de couverture.", kinds: [.vague], publisher: nil),
        // Vague and specific together: the specific one is a source.
        Case(sentence: "Spies were allegedly approaching graduates, according to Le Monde.", kinds: [.vague, .specific], publisher: "Le Monde"),
        // A pronoun speaker credits the person the text has just named (issue 11).
        Case(sentence: "He said he would come back.", kinds: [.specific], publisher: nil),
        // None.
        Case(sentence: "The threat is still present.", kinds: [], publisher: nil),
    ]

    @Test(arguments: cases)
    func attribution(_ testCase: Case) {
        let found = AttributionFinder().attributions(in: testCase.sentence)
        #expect(found.map(\.kind) == testCase.kinds, "\(found)")
        if let publisher = testCase.publisher {
            #expect(found.contains { $0.kind == .specific && $0.publisher?.name == publisher }, "\(found)")
        } else {
            #expect(found.allSatisfy { $0.publisher == nil }, "\(found)")
        }
    }

    @Test("A hyperlink is a specific attribution resolved by its domain")
    func hyperlink() {
        let link = Link(href: "https://www.rfi.fr/fr/europe/2016-interview", text: "an interview", line: 3)
        // "He said" is an attribution of its own (the speaker); the link is the one that resolves.
        let found = AttributionFinder().attributions(in: "He said so in an interview in 2016.", links: [link]).filter { $0.href != nil }
        #expect(found.count == 1)
        #expect(found.first?.kind == .specific)
        #expect(found.first?.publisher?.name == "RFI")
        #expect(found.first?.href == link.href)
    }

    @Test("An outlet the table does not know becomes known through added aliases")
    func addedAlias() {
        let aliases = PublisherAliases.builtIn.adding("The Northern Ledger", aliases: ["Northern Ledger"], domains: ["northernledger.example"])
        let found = AttributionFinder(aliases: aliases).attributions(in: "According to the Northern Ledger, 84 people were arrested.")
        #expect(found.first?.publisher?.name == "The Northern Ledger")
        #expect(aliases.publisher(forHost: "https://www.northernledger.example/news/1")?.name == "The Northern Ledger")
    }
}
