import Testing

@testable import ClaimCheck

/// Reporting phrases that real news uses beyond "said" and "according to" (issue 11): legal
/// texts and naming verbs as sources, base-form verbs that are also nouns, orders given with
/// "told", unnamed sources headed by a noun, adverbs between a subject and its verb.
@Suite("Reporting phrases")
struct ReportingPhraseTests {
    private func kinds(_ sentence: String) -> [Attribution.Kind] {
        AttributionFinder().attributions(in: sentence).map(\.kind)
    }

    @Test(
        "A source: a legal text the figure stands under, a named subject of a naming verb, a plural subject's verb before “that”, an adverb before the verb",
        arguments: [
            "Landlords can be fined £5,000 under the new housing regulations.",
            "Les contrevenants risquent 1 500 euros d'amende en vertu de la loi.",
            "Aux termes du décret, 30 % des places sont réservées.",
            "Guests paid $900 each for what the museum called its gala of the decade.",
            "The guidelines state that 40% of seats must stay free.",
            "The minutes show that 14 members voted against.",
            "The ministry has now confirmed that 20 stations will close.",
            "Le ministère a déjà indiqué que 20 gares fermeront.",
            "But figures from the registry have since shown that 30 clinics closed.",
            "Analysts surveyed by Refinitiv expected $2.52 a share.",
            "The budget documents show the agency collected R95bn.",
            "The warden acknowledged that 3,000 posts are vacant.",
        ])
    func specific(_ sentence: String) {
        #expect(kinds(sentence).contains(.specific), "\(AttributionFinder().attributions(in: sentence))")
    }

    @Test(
        "No source: a noun that is also a base-form verb, an order given with “told”, a verb-like noun without “that”",
        arguments: [
            "Some 400,000 state residents lost power overnight.",
            "The patient was told to stay at home for 14 days.",
            "Residents were told the water would be off for 12 hours.",
            "The show drew 2 million viewers on its first night.",
            "A note on the door listed 12 names.",
        ])
    func none(_ sentence: String) {
        #expect(kinds(sentence).isEmpty, "\(AttributionFinder().attributions(in: sentence))")
    }

    @Test(
        "An unnamed source headed by a noun: “published estimates”, “early reports”",
        arguments: [
            "Published estimates put the cost at $3 billion.",
            "Early reports said 30 people were hurt.",
            "Speeds fell, with reports indicating that 40% of users were affected.",
            "A total of 6,000 masks have been lost at the hospital, it was learned Tuesday.",
        ])
    func unnamedNounSource(_ sentence: String) {
        let found = kinds(sentence)
        #expect(!found.isEmpty && found.allSatisfy { $0 == .vague }, "\(AttributionFinder().attributions(in: sentence))")
    }

    @Test(
        "A footnote reference glued to the figure or its source names a note: the figure is sourced",
        arguments: [
            "Le taux de chômage a atteint 9 %2 dans la région.",
            "Unemployment reached 9%[2] in the region.",
            "Selon l'Insee³, le taux a atteint 9 %.",
            "Burnout rose in 496 of the students (2).",
            "Blood pressure fell in 120 of the patients (10, 11).",
        ])
    func footnote(_ sentence: String) {
        #expect(kinds(sentence).contains(.specific), "\(AttributionFinder().attributions(in: sentence))")
    }

    @Test(
        "No footnote: a unit's power, a longer number after a per-cent sign",
        arguments: [
            "The park covers 700 km² of forest.",
            "Les appartements de 45 m² sont les plus demandés.",
            "The options were (1) to wait or (2) to sell the 40 shares.",
        ])
    func noFootnote(_ sentence: String) {
        #expect(kinds(sentence).isEmpty, "\(AttributionFinder().attributions(in: sentence))")
    }
}
