/// A sentence cut into words, with their folded forms and positions, for the finder's
/// phrase matching.
struct AttributionWords {
    /// Words as written (punctuation trimmed, apostrophes kept).
    var original: [String] = []
    /// Lower-cased words, `’` folded to `'`.
    var lower: [String] = []
    /// Whether a clause boundary (comma, colon, semicolon, full stop, bracket, quote) follows the word.
    var boundaryAfter: [Bool] = []

    /// The lower-cased words as a set: most phrases looked for are not in the sentence at all.
    private(set) var vocabulary: Set<String> = []

    var count: Int { lower.count }

    init(_ sentence: String) {
        var current = ""
        func finish(boundary: Bool) {
            var word = current
            while let last = word.last, "'’-".contains(last) { word.removeLast() }
            if !word.isEmpty {
                original.append(word)
                lower.append(AttributionWords.fold(word))
                boundaryAfter.append(boundary)
            } else if boundary, !boundaryAfter.isEmpty {
                boundaryAfter[boundaryAfter.count - 1] = true
            }
            current = ""
        }
        // Scalars, not Characters (grapheme breaking is the costly part): a combining mark,
        // joiner or variation selector goes with the scalar before it, as in its Character.
        var inWord = false
        for scalar in sentence.unicodeScalars {
            // ASCII, most of any text, without the Unicode property tables: letters and digits
            // are word characters, and no ASCII scalar is a mark, joiner or selector.
            if scalar.isASCII {
                let v = scalar.value
                let alphanumeric = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                if alphanumeric || ((scalar == "'" || scalar == "-" || scalar == ".") && !current.isEmpty) {
                    current.unicodeScalars.append(scalar)
                    inWord = true
                } else {
                    inWord = false
                    finish(boundary: Self.boundaries.contains(scalar))
                }
                continue
            }
            let properties = scalar.properties
            if Self.extenders.contains(properties.generalCategory) || scalar == "\u{200D}" || properties.isVariationSelector {
                if inWord { current.unicodeScalars.append(scalar) }
                continue
            }
            if properties.isAlphabetic || properties.numericType != nil
                || ((scalar == "'" || scalar == "’" || scalar == "-" || scalar == ".") && !current.isEmpty)
            {
                current.unicodeScalars.append(scalar)
                inWord = true
            } else {
                inWord = false
                finish(boundary: Self.boundaries.contains(scalar))
            }
        }
        finish(boundary: true)
        // A word ending in a full stop ends a sentence unless it is an initial or abbreviation.
        for index in original.indices where original[index].hasSuffix(".") && original[index].count > 2 {
            original[index].removeLast()
            lower[index].removeLast()
            boundaryAfter[index] = true
        }
        vocabulary = Set(lower)
    }

    /// Auxiliaries and adverbs that stand between a subject and its reporting verb.
    private static let beforeVerb: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "been", "also", "later", "then", "first", "now", "already",
        "just", "since", "previously", "recently", "further", "separately",
    ]

    /// Categories of scalars that extend the Character before them (combining marks).
    private static let extenders: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]

    /// Characters after which a clause ends.
    private static let boundaries = Set(",;:()[]“”«»\"!?".unicodeScalars)

    /// Lower case, typographic apostrophes as `'`.
    static func fold(_ text: String) -> String {
        let lowered = text.lowercased()
        return lowered.contains("’") ? lowered.replacingOccurrences(of: "’", with: "'") : lowered
    }

    /// Word positions where a (lower-case, space-separated) phrase starts.
    func positions(ofPhrase phrase: String) -> [Int] {
        // Most phrases' first word is not in the sentence at all: say so before splitting.
        let first = String(phrase[..<(phrase.firstIndex(of: " ") ?? phrase.endIndex)])
        guard vocabulary.contains(first) else { return [] }
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.count <= count else { return [] }
        var result: [Int] = []
        for start in 0...(count - parts.count) where lower[start] == parts[0] {
            var matches = true
            for (offset, part) in parts.enumerated().dropFirst() {
                // A boundary inside the phrase breaks it ("according, to" is no cue).
                if lower[start + offset] != part || boundaryAfter[start + offset - 1] { matches = false; break }
            }
            if matches { result.append(start) }
        }
        return result
    }

    /// The index of the first word of `text` in the sentence (0 when not found).
    func wordIndex(containing text: String) -> Int {
        let target = AttributionWords(text).lower
        guard let first = target.first else { return 0 }
        for index in lower.indices where lower[index] == first {
            if index + target.count <= count, Array(lower[index..<(index + target.count)]) == target { return index }
        }
        return lower.firstIndex(of: first) ?? 0
    }

    /// The original words from `start`, joined by spaces.
    func text(from start: Int, count length: Int) -> String {
        original[start..<min(count, start + length)].joined(separator: " ")
    }

    func isCapitalised(_ index: Int) -> Bool {
        guard let first = original[index].first else { return false }
        return first.isUppercase || (first.isNumber && original[index].contains(where: \.isLetter))
    }

    /// The source phrase after a cue: words up to a clause boundary or a word that ends it
    /// ("that", "in", "que"), at most eight words.
    func sourcePhrase(from start: Int) -> Range<Int> {
        var end = start
        if start < count, ["that", "que", "qu'", "whether", "if", "si"].contains(lower[start]) { return start..<start }
        while end < count, end - start < 8 {
            let word = lower[end]
            if end > start, AttributionCues.phraseEnds.contains(word), !["and", "et"].contains(word) || !continuesName(after: end) {
                if ["and", "et"].contains(word) { end += 1; continue }
                break
            }
            if end > start, isYear(end) { break }
            end += 1
            if boundaryAfter[end - 1] { break }
        }
        return start..<end
    }

    /// The subject right before a reporting verb: up to five words back, stopping at a
    /// boundary or a function word; nil when a pronoun or nothing stands there.
    func subjectPhrase(before verb: Int) -> Range<Int>? {
        var start = verb
        // "L'Office fédéral de l'environnement (OFEV) a révélé": the acronym in brackets names the subject.
        if verb > 0, boundaryAfter[verb - 1], isAcronym(verb - 1) { return (verb - 1)..<verb }
        // Auxiliaries and adverbs right before the verb ("has now revealed") are not the subject.
        var end = verb
        while end > 0, !boundaryAfter[end - 1], Self.beforeVerb.contains(lower[end - 1]) { end -= 1 }
        start = end
        while start > 0, end - start < 5 {
            let previous = start - 1
            if boundaryAfter[previous] { break }
            if AttributionCues.subjectStops.contains(lower[previous]) { break }
            start = previous
        }
        guard start < end else { return nil }
        // A subject names someone: no pronoun or relative word in it ("we have stimulated",
        // "whose mother"), and it starts with a name, a number or a determiner.
        // A possessive opening a longer subject ("her own research", "its annual report") and
        // the English preposition "on" inside one ("Trump's campaign on Tuesday") are no pronouns.
        func isPronoun(_ index: Int) -> Bool {
            let word = lower[index]
            guard AttributionCues.pronouns.contains(word) else { return false }
            if word == "on" { return index == start }
            if ["her", "his", "its", "leur", "our", "your", "my"].contains(word) { return !(index == start && end - start > 1) }
            return true
        }
        if (start..<end).contains(where: { isPronoun($0) || AttributionCues.subjectBreakers.contains(lower[$0]) }) {
            return nil
        }
        // "But details of the legislation have revealed": a subject opening its sentence after a
        // conjunction may start with a bare noun.
        let opensSentence = start == 1 && AttributionCues.openingConjunctions.contains(lower[0])
        guard isCapitalised(start) || opensSentence || AttributionCues.subjectOpeners.contains(lower[start])
            || lower[start].first?.isNumber == true
        else {
            return nil
        }
        return start..<end
    }

    /// Splits a phrase at "and", "et" and commas into coordinated parts.
    func coordinatedParts(of phrase: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = phrase.lowerBound
        for index in phrase where ["and", "et", "or", "ou"].contains(lower[index]) {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        if start < phrase.upperBound { parts.append(start..<phrase.upperBound) }
        return parts
    }

    /// An acronym: two to eight letters, all capitals ("OFEV", "INSEE", "WHO").
    func isAcronym(_ index: Int) -> Bool {
        let word = original[index]
        return (2...8).contains(word.count) && word.allSatisfy { $0.isLetter && $0.isUppercase }
    }

    private func continuesName(after index: Int) -> Bool {
        index + 1 < count && isCapitalised(index + 1)
    }

    private func isYear(_ index: Int) -> Bool {
        lower[index].count == 4 && lower[index].allSatisfy(\.isNumber)
    }
}

import Foundation
