import Testing

@testable import ClaimCheck

/// A count of what someone or something has — after "has", "had", "contained", "compte",
/// or after a possessive ("her followers", "the club's members", "ses salariés") — is one
/// event, "have", whatever the clause does with it; the subject named before the verb is its
/// owner (docs/quantities.md).
@Suite("Quantity frame: counts of what someone has")
struct QuantityPossessionTests {
    @Test(
        "A possessive count restates a count after a possession verb",
        arguments: [
            ["On Monday the singer wrote to her 80,000 subscribers about the tour.", "At the time she had about 150,000 subscribers on the site."],
            ["Nearly a third of the club’s 4,000 members voted against the merger.", "Before the vote, the club had some 9,000 members."],
            ["The old tower contained roughly 200 flats when it was built.", "The council says the tower's 350 apartments stood empty last winter."],
        ])
    func possessiveAndVerb(_ paragraphs: [String]) {
        #expect(QuantityFrameTests.conflicts(paragraphs).count == 1, "\(paragraphs)")
    }

    @Test("A French possessive count restates a count after « compte »")
    func french() {
        let paragraphs = [
            "Avec ses 1 200 salariés, l'usine reste le premier employeur de la vallée.",
            "L'usine compte environ 3 000 salariés, selon la direction.",
        ]
        #expect(QuantityFrameTests.conflicts(paragraphs, language: "fr").count == 1)
    }

    @Test("Counts owned by two named subjects are two quantities")
    func twoOwners() {
        let paragraphs = ["Lyon has about 40 hospitals, the agency said.", "Marseille has about 25 hospitals, the agency said."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }

    @Test("What is done to a count is another event than having it")
    func anotherEvent() {
        // The 500 cut are not the 3,000 the company has.
        let paragraphs = ["The company cut 500 jobs in the spring.", "The company has 3,000 jobs in the region."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }

    @Test("A share is not read as a possession")
    func shares() {
        let paragraphs = ["The fund sold its 12% stake in March.", "The fund has 30% of its assets in bonds."]
        #expect(QuantityFrameTests.conflicts(paragraphs).isEmpty)
    }
}
