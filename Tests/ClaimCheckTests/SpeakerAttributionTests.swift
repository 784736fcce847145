import Testing

@testable import ClaimCheck

/// Pronoun and inverted reporting verbs (EN and FR) credit the speaker the text has named:
/// "he said", "indique-t-il", ", said the mayor", "souligne l'institut".
@Suite("Speaker attributions")
struct SpeakerAttributionTests {
    @Test(
        "A pronoun before or after a reporting verb is a specific attribution",
        arguments: [
            "The plant will cut 400 jobs by March, he said.",
            "She told reporters that 12 wards had closed.",
            "Nous avons constaté 1 200 dossiers en trois mois.",
            "Il y a eu 40 interpellations, indique-t-il.",
            "Le budget atteint 3 millions d'euros, a-t-elle précisé.",
            "Le déficit dépasse 2 %, selon lui.",
        ])
    func pronoun(_ sentence: String) {
        let found = AttributionFinder().attributions(in: sentence)
        #expect(found.contains { $0.kind == .specific }, "\(found)")
    }

    @Test(
        "A reporting verb inverted after a comma takes the subject that follows it",
        arguments: [
            ("Some 300 homes were flooded, said the mayor of Valence.", "the mayor of Valence"),
            ("Le chômage a reculé de 0,3 point, souligne l'institut.", "l'institut"),
            ("Deux morts sont à déplorer, ont indiqué les autorités locales.", "les autorités locales"),
            ("Sales rose by 14% last year, says Maria Lopez.", "Maria Lopez"),
        ])
    func inverted(_ sentence: String, source: String) {
        let found = AttributionFinder().attributions(in: sentence)
        #expect(found.contains { $0.kind == .specific && $0.source == source }, "\(found)")
    }

    @Test("An acronym in brackets before the verb names the subject")
    func acronymSubject() {
        let found = AttributionFinder().attributions(in: "L'Office fédéral de l'environnement (OFEV) avait révélé que 31 nappes étaient touchées.")
        #expect(found.contains { $0.kind == .specific && $0.source == "OFEV" }, "\(found)")
    }

    @Test("A named body as its sentence's subject sources its own act, and only that sentence")
    func namedActor() throws {
        let sentence = "Pour mémoire, l'Office fédéral de l'agriculture a banni en juin 12 pesticides."
        #expect(AttributionFinder().attributions(in: sentence).contains { $0.kind == .specific }, "\(AttributionFinder().attributions(in: sentence))")
        let text = "Intro line.\n\n" + sentence + " Une trentaine de pesticides sont encore analysés.\n"
        let claims = ClaimFinder().claims(in: PlainTextReader.read(text, path: "d.txt"), fileText: text)
        #expect(claims.last?.attributions.isEmpty == true, "\(String(describing: claims.last?.attributions))")
    }

    @Test("A French present reporting verb with its subject before it and \"que\" after")
    func reportsThat() {
        let found = AttributionFinder().attributions(in: "Le Point rapporte que le parquet a ouvert 3 enquêtes.")
        #expect(found.contains { $0.kind == .specific && $0.source == "Le Point" }, "\(found)")
        #expect(AttributionFinder().attributions(in: "Une note de 12 pages circule.").isEmpty)
    }

    @Test("\"it is said\" stays vague; a pronoun object credits nobody new")
    func notSpeakers() {
        #expect(AttributionFinder().attributions(in: "It is said that 40 agents left.").map(\.kind) == [.vague])
        #expect(AttributionFinder().attributions(in: "The mayor told him that the road would reopen.").allSatisfy { $0.source != "him" })
    }

    @Test("A named subject reporting its own figures is a source: shows, indicates, a chiffré")
    func ownFigures() {
        for sentence in [
            "The institute's survey shows 2,400 crossings in June.", "Her own research indicates that 40% of parents pay more.",
            "L'Insee a chiffré à 30 000 les créations d'entreprises.",
        ] {
            #expect(AttributionFinder().attributions(in: sentence).contains { $0.kind == .specific }, "\(sentence)")
        }
    }
}
