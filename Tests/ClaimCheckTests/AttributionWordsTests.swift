import Testing

@testable import ClaimCheck

/// A sentence cut into words for attribution cues: letters and digits make words, apostrophes,
/// hyphens and dots inside a word stay, a combining mark stays with its letter (a decomposed
/// "é" is one word with it), and punctuation marks clause boundaries.
@Suite("Attribution words")
struct AttributionWordsTests {
    @Test("Words, their folded forms and the boundaries after them")
    func words() {
        let words = AttributionWords("According to the agency’s mid-year report, 300 people left.")
        #expect(words.original == ["According", "to", "the", "agency’s", "mid-year", "report", "300", "people", "left"])
        #expect(words.lower[3] == "agency's")
        #expect(words.boundaryAfter == [false, false, false, false, false, true, false, false, true])
        #expect(!words.positions(ofPhrase: "according to").isEmpty)
        #expect(words.positions(ofPhrase: "report 300").isEmpty)
    }

    @Test("A combining mark stays with its letter; a mark after punctuation starts no word")
    func combiningMarks() {
        let words = AttributionWords("Selon le ministe\u{301}re, \u{301}trois cents familles.")
        #expect(words.lower == ["selon", "le", "ministe\u{301}re", "trois", "cents", "familles"])
        #expect(words.boundaryAfter[2])
    }
}
