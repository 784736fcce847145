import ClaimCheckHTML
import Testing

@testable import ClaimCheck

/// Moments the date engine leaves undated — a month without a year, a weekday — tell two
/// counts apart; a deadline does not; a dateline in capitals opens a news sentence. Written
/// from the rules (docs/quantities.md), not from any page.
@Suite("Quantity frame: months, weekdays and datelines")
struct QuantityMomentTests {
    @Test(
        "Counts of another month or weekday, or a weekday against a date, are not compared",
        arguments: [
            (["In May the museum welcomed 5,000 visitors.", "In April the museum welcomed 450 visitors."], "en"),
            (["On Monday, 12 people were arrested in the port.", "On Friday, 30 people were arrested in the port."], "en"),
            (["Nearly 150 migrants returned home on Wednesday.", "On October 18, more than 300 migrants returned home."], "en"),
            (["En mars, 300 salariés ont été licenciés.", "En juin, 120 salariés ont été licenciés."], "fr"),
            (["Mardi, la police a interpellé 12 personnes.", "Jeudi, la police a interpellé 30 personnes."], "fr"),
        ])
    func anotherMoment(_ paragraphs: [String], language: String) {
        #expect(QuantityFrameTests.conflicts(paragraphs, language: language).isEmpty, "\(paragraphs)")
    }

    @Test(
        "The same moment, a deadline, or a capitalised dateline still compares",
        arguments: [
            (["In May the museum welcomed 5,000 visitors.", "The museum welcomed 8,000 visitors in May."], "en"),
            (["The city will open 12 clinics before March.", "The city will open 20 clinics by June."], "en"),
            (["NEW DELHI: Nearly 150 workers returned home on Wednesday.", "About 300 workers returned home on Wednesday."], "en"),
            (["Mardi, la police a interpellé 12 personnes.", "La police a interpellé 30 personnes mardi."], "fr"),
        ])
    func sameMoment(_ paragraphs: [String], language: String) {
        #expect(QuantityFrameTests.conflicts(paragraphs, language: language).count == 1, "\(paragraphs)")
    }

    @Test func aShortLabelIsStillAnEntry() {
        #expect(QuantityFrameTests.conflicts(["Price: 12 euros.", "Price: 20 euros."], language: "en").isEmpty)
    }
}
