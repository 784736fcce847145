import ClaimCheckHTML
import Testing

@testable import ClaimCheck

/// The quantity frame: which pairs of figures in one draft count the same quantity, written
/// from the frame's rules (docs/quantities.md), not from any page.
@Suite("Quantity frame")
struct QuantityFrameTests {
    static func conflicts(_ paragraphs: [String], language: String = "en") -> [Finding] {
        let document = Document(
            path: "frame.txt", format: .text, encoding: "utf-8", metadata: Metadata(language: language),
            paragraphs: paragraphs.enumerated().map { Paragraph(text: $1, line: $0 * 2 + 1, offset: 0) }, links: [])
        return ClaimChecker().check(document).findings.filter { $0.rule == .conflictingFigures }
    }

    @Test(
        "A restatement of the same quantity in other words is a conflict",
        arguments: [
            ["The storm killed 12 people in the port town.", "In all, 20 people died in the storm."],
            ["Officials said 35 diplomats were expelled in March.", "In the end, 20 were expelled."],
            ["The firm hired 300 staff this spring.", "It recruited around 450 employees this spring."],
            ["Some 200 military personnel are believed to be stationed there.", "Up to 200 troops are believed to be stationed there."],
            ["Out of a total of 80 inspectors, up to 30 were dismissed.", "About 60 inspectors were dismissed."],
            ["Some 300 of the striking nurses were suspended on Monday.", "The hospital suspended 120 striking nurses on Monday."],
            ["In March the central bank kept its policy rate at 2.25 per cent.", "The bank held its key rate at 2.75 per cent in March."],
        ])
    func restatement(_ paragraphs: [String]) {
        #expect(Self.conflicts(paragraphs).count == 1, "\(paragraphs)")
    }

    @Test(
        "Figures of another actor, year, place, entity, modality or a part of another whole are not compared",
        arguments: [
            ["Ruiz’s campaign has reserved $280 million in advertising.", "Bell’s side has reserved $21 million in advertising."],
            ["In 2019, 300 workers were laid off.", "In 2023, 120 workers were laid off."],
            ["In Lyon, 40 schools were closed.", "In Lille, 12 schools were closed."],
            ["A study in 50 people found a link.", "Another study in 48 people found none."],
            ["The plant employs 900 workers.", "It will employ 1,500 workers by 2030."],
            ["Ten of the 18 staffers were sick.", "Six of the 20 staffers on the other shift were sick."],
            ["The campaigns will visit seven states.", "All four states have large cities."],
            ["Rescuers found 12 survivors in the rubble.", "Rescuers found 30 other survivors in the rubble."],
            ["Divers recovered 14 bodies from the lake.", "Divers recovered a dozen more bodies from the lake."],
            ["Unemployment rose 5% over the year.", "Unemployment rose to 7% over the year."],
            ["Militants took 250 hostages in the raid.", "About 115 hostages are still held after the raid."],
            ["A fire in the Spanish city of Valencia killed 10 people.", "A fire in London killed 72 people."],
            ["Leaders scrambled to find about $300 million in school funding.", "Families earning $154,000 to $220,000 would qualify for school vouchers."],
            ["Two streets were renamed in the district.", "The district has 25 streets and squares named after officials."],
        ])
    func distinguished(_ paragraphs: [String]) {
        #expect(Self.conflicts(paragraphs).isEmpty, "\(paragraphs)")
    }

    @Test("A French place after a place noun is a place: « la ville de Lyon »")
    func frenchPlaceNoun() {
        let paragraphs = ["Un incendie dans la ville de Lyon a tué 10 personnes.", "Un incendie à Lille a tué 72 personnes."]
        #expect(Self.conflicts(paragraphs, language: "fr").isEmpty)
    }

    @Test(
        "Numbers that are not claim-level quantities are never compared",
        arguments: [
            ["The 787-9 jet seats 290 passengers.", "The Boeing 737 seats 180 passengers."],
            ["The plan costs $9.99 a month.", "The family plan costs $14.99 a month."],
            ["Miller: 7 tackles, 3 assists.", "Grant: 2 tackles, 1 assist."],
            ["The batteries hold 71 kWh and 95 kWh respectively.", "The smaller battery holds 64 kWh."],
            ["One study found a link.", "Fourteen studies found a link."],
            ["The lodge reopened after a $100-million, property-wide transformation.", "The lodge reopened with more than $2 billion in bookings."],
        ])
    func notClaimLevel(_ paragraphs: [String]) {
        #expect(Self.conflicts(paragraphs).isEmpty, "\(paragraphs)")
    }

    @Test func aDraftInAnotherLanguageIsNotChecked() {
        let text = "Власти сообщили, что 35 дипломатов были высланы из страны в марте. Позже выслали ещё 20 дипломатов, сообщили власти региона."
        let document = Document(
            path: "ru.txt", format: .text, encoding: "utf-8", metadata: Metadata(),
            paragraphs: Array(repeating: Paragraph(text: text, line: 1, offset: 0), count: 4), links: [])
        let result = ClaimChecker().check(document)
        #expect(result.findings.isEmpty)
        #expect(result.notices.contains { $0.message.contains("not checked") })
    }
}
