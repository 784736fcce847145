import Testing

@testable import ClaimCheck

/// Vague cues as data (`AttributionCues`): what is vague, and what only looks it.
@Suite("Vague cues")
struct VagueCueTests {
    private func kinds(_ sentence: String) -> [Attribution.Kind] {
        AttributionFinder().attributions(in: sentence).map(\.kind)
    }

    @Test(
        "Vague: hedged reporting, unnamed insiders, generic groups, a reporting conditional",
        arguments: [
            "The minister reportedly said that 30 posts would go.",
            "The rebels are reported to hold 12 villages.",
            "Many economists expect growth of 2% next year.",
            "People familiar with the talks said the fee would be $40 million.",
            "It is understood that 14 firms bid.",
            "Selon nos informations, le groupe aurait supprimé 200 postes.",
            "L'entreprise aurait versé 3 millions d'euros.",
            "According to previous studies, 27% of patients are affected.",
        ])
    func vague(_ sentence: String) {
        let found = kinds(sentence)
        #expect(!found.isEmpty && found.allSatisfy { $0 == .vague }, "\(found)")
    }

    @Test(
        "Not vague: a named body's officials, analysts at a named firm, a study by a named body, a source already named",
        arguments: [
            "Officials of the health ministry said 40 beds were added.",
            "According to analysts at Goldman Sachs, prices could rise 30%.",
            "According to a recent study published by the Pew Research Center, 31% agree.",
            "Selon des estimations de l'agence russe des statistiques, le taux est de 1,41.",
            "Selon cette source, 200 soldats ont été déployés.",
        ])
    func notVague(_ sentence: String) {
        let found = kinds(sentence)
        #expect(found.contains(.specific), "\(found)")
    }

    @Test(
        "French conditionals that are not reported speech are no attribution",
        arguments: [
            "Il serait bon de revoir les 12 critères.",
            "Plusieurs dizaines de milliers d'euros seraient en jeu.",
            "Le club aurait pu gagner 3 matchs de plus.",
            "Si la loi passait, 40 000 foyers seraient concernés.",
        ])
    func conditionals(_ sentence: String) {
        #expect(kinds(sentence).isEmpty, "\(AttributionFinder().attributions(in: sentence))")
    }
}
