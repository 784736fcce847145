import Testing

@testable import ClaimCheckText

/// The French verb list is inflected by rule: present, imperfect, future, conditional and
/// participles of -er, -ir and -re verbs all name the verb's key ("dépenserait" → spend).
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
])
func frenchVerbForm(_ c: (String, String, String)) {
    #expect(FrenchVerbForms.table(c.0)[c.1] == c.2, "\(c.0): \(c.1)")
}

@Test func frenchConditionalReadsAsThePredicate() {
    let figures = FigureExtractor(language: .french).figures(in: "Le groupe perdrait 40 sièges au Parlement.")
    #expect(figures.first?.predicate == "lose")
}
