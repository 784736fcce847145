import Testing

@testable import ClaimCheckText

/// A count's noun found past what stands between them: a determiner ("90 such cases", "40
/// other survivors", "12 more bodies", "trois autres blessés"), a partitive "of the" / "des"
/// before a plural ("300 of the employees", "22 des titres"), and a possessive inside the
/// phrase ("the opposition leaders' questions", "the world's reserves"). A partitive that names
/// a singular ("four of the conference") or the owner of the next figure ("330 of the resort's
/// 397 rooms") gives no noun.
enum CountedNounLink {
    static let determiners = ["such", "other", "more", "additional", "further", "extra"]
    static let counts = ["90", "forty", "1,200"]
    static let nouns = [("cases", "case"), ("survivors", "survivor"), ("new jobs", "job")]
    static let english: [(String, String)] = determiners.flatMap { d in
        counts.flatMap { c in nouns.map { n in ("Officials recorded \(c) \(d) \(n.0) on Friday.", n.1) } }
    }
    static let partitives: [(String, String)] = counts.flatMap { c in
        nouns.map { n in ("Officials said \(c) of the \(n.0) were in the north.", n.1) }
    }
    static let possessives: [(String, String)] = [
        ("Three of the opposition leaders' questions were aimed at him.", "question"),
        ("It holds roughly 25% of the world's proven reserves.", "reserve"),
        ("About 40 of the club’s senior members resigned.", "member"),
    ]
    static let french: [(String, String)] = [
        ("Le groupe publie à lui seul 22 des titres étudiés.", "titre"),
        ("Trois autres blessés ont été transportés à l'hôpital.", "blessé"),
        ("Quelque 300 des salariés du site ont été reclassés.", "salarié"),
    ]
}

@Test(arguments: CountedNounLink.english + CountedNounLink.partitives + CountedNounLink.possessives)
func englishCountedNounLink(_ c: (String, String)) {
    #expect(FigureExtractor(language: .english).figures(in: c.0).first?.head == c.1, "\(c.0)")
}

@Test(arguments: CountedNounLink.french)
func frenchCountedNounLink(_ c: (String, String)) {
    #expect(FigureExtractor(language: .french).figures(in: c.0).first?.head == c.1, "\(c.0)")
}

@Test(arguments: [
    ("Events take place on days one and four of the conference.", 0, "conference"),
    ("More than 330 of the resort's 397 rooms were rebuilt.", 0, "resort"),
    ("He won 12 more than last year.", 0, "year"),
])
func noCountedNounLink(_ c: (String, Int, String)) {
    let figures = FigureExtractor(language: .english).figures(in: c.0)
    #expect(figures.count > c.1 && figures[c.1].head != c.2, "\(c.0)")
}
