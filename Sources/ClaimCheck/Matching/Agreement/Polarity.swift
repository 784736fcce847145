import ClaimCheckText

/// Whether a sentence is negated, disputes what it repeats, or speaks of what may happen rather
/// than what happened (the word lists are `FrameWords`).
///
/// Support needs the same polarity: "CO2 is not a pollutant" is not supported by "CO2 is a
/// pollutant", and a passage that repeats a figure to refute it ("contrary to claims of 550
/// million…", "démenti") supports nothing. A conflict needs the same modality: "could rise by
/// 2 °C" does not contradict "rose by 1.1 °C".
struct Polarity: Sendable, Hashable {
    /// A negation word outside the phrases that only look negative.
    var negated: Bool
    /// A rebuttal cue.
    var rebuts: Bool
    /// A modal or projection cue.
    var modal: Bool

    /// The polarity of a text.
    init(_ text: String, language: Language) {
        let words = Self.words(text)
        var masked = words
        for phrase in FrameWords.notNegations(language) { Self.mask(phrase, in: &masked) }
        negated =
            FrameWords.negations(language).contains { Self.find($0, in: masked) }
            || (language == .english && masked.contains { $0.hasSuffix("n't") })
        rebuts = FrameWords.rebuttals(language).contains { Self.find($0, in: words) }
        // "May" inside a sentence is the month, not the modal.
        var modalWords = words
        if language == .english {
            let written = text.split { !$0.isLetter }
            if written.dropFirst().contains("May") { modalWords.removeAll { $0 == "may" } }
        }
        modal = QuantityWords.list(QuantityWords.projected, language).contains { Self.find($0, in: modalWords) }
    }

    /// Folded words, apostrophes kept inside words ("can't", "s'il").
    static func words(_ text: String) -> [String] {
        let written = text.replacingOccurrences(of: "’", with: "'").lowercased()
        return written.split { !($0.isLetter || $0.isNumber || $0 == "'") }
            .map { word in word.split(separator: "'", omittingEmptySubsequences: false).map { BilingualLexicon.fold(String($0)) }.joined(separator: "'") }
            .flatMap { word -> [String] in
                // "n't" is a word of its own for matching; "s'il" stays whole.
                word.hasSuffix("n't") ? [word, "n't"] : [word]
            }
    }

    static func find(_ phrase: String, in words: [String]) -> Bool {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, words.count >= parts.count else { return false }
        for start in 0...(words.count - parts.count) where words[start] == parts[0] {
            if Array(words[start..<(start + parts.count)]) == parts { return true }
        }
        return false
    }

    static func mask(_ phrase: String, in words: inout [String]) {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, words.count >= parts.count else { return }
        for start in 0...(words.count - parts.count) where Array(words[start..<(start + parts.count)]) == parts {
            for i in start..<(start + parts.count) { words[i] = "" }
        }
    }
}
