import Testing

@testable import ClaimCheckText

/// The French verb list is inflected by rule: present, imperfect, future, conditional and
/// participles of -er, -ir and -re verbs all name the verb's key ("dépenserait" → spend), and
/// the present of the groups whose stem changes ("emploie", "reçoit", "détient", "accueille").
@Test(arguments: [
    ("dépenser>spend", "depenserait", "spend"),
    ("dépenser>spend", "depenseraient", "spend"),
    ("dépenser>spend", "depense", "spend"),
    ("dépenser>spend", "depensaient", "spend"),
    ("finir>end", "finirait", "end"),
    ("finir>end", "finiraient", "end"),
    ("perdre/perdu>lose", "perdrait", "lose"),
    ("perdre/perdu>lose", "perdraient", "lose"),
    ("perdre/perdu>lose", "perdues", "lose"),
    // Stem changes and irregular groups, by rule: -yer, -eter, -cevoir, -enir, -llir/-vrir, -dre.
    ("employer>employ", "emploie", "employ"),
    ("employer>employ", "emploient", "employ"),
    ("rejeter>reject", "rejette", "reject"),
    ("recevoir>receive", "recoit", "receive"),
    ("recevoir>receive", "recoivent", "receive"),
    ("recevoir>receive", "recevait", "receive"),
    ("détenir>detain", "detient", "detain"),
    ("détenir>detain", "detiennent", "detain"),
    ("accueillir>welcome", "accueille", "welcome"),
    ("ouvrir>open", "ouvrent", "open"),
    ("perdre/perdu>lose", "perd", "lose"),
])
func frenchVerbForm(_ c: (String, String, String)) {
    #expect(FrenchVerbForms.table(c.0)[c.1] == c.2, "\(c.0): \(c.1)")
}

@Test func frenchConditionalReadsAsThePredicate() {
    let figures = FigureExtractor(language: .french).figures(in: "Le groupe perdrait 40 sièges au Parlement.")
    #expect(figures.first?.predicate == "lose")
}
