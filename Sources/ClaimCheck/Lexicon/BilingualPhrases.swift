import ClaimCheckText
import Foundation

/// Multi-word terms across English and French ("polling stations" / "bureaux de vote",
/// "hospital beds" / "lits d'hôpital"), each a concept: the terms of a text and the counted nouns
/// of two figures meet on it. Phrases are matched on the stems of their content words.
struct BilingualPhrases: Sendable {
    /// A phrase's content-word stems, in order, with its concept.
    struct Entry: Sendable {
        var stems: [String]
        var concept: String
    }

    /// Per language, the entries by their first stem.
    private var byFirst: [Language: [String: [Entry]]] = [:]

    /// Per language, the concepts of the phrases of two words or more by their head's stem: the
    /// last content word in English ("hospital **bed**"), the first in French ("**lit**
    /// d'hôpital"). A claim that says only "beds" names the thing the other language's whole
    /// phrase names.
    private var byHead: [Language: [String: Set<String>]] = [:]

    /// The built-in table.
    static let builtIn = BilingualPhrases(table: builtInTable)

    /// Reads a table (see `builtInTable`).
    init(table: String) {
        for line in table.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            let sides = text.split(separator: "\t", omittingEmptySubsequences: false)
            guard sides.count == 2 else { continue }
            let english = sides[0].split(separator: ",").map { String($0) }
            guard let name = english.first.map({ Self.stems($0, .english).joined(separator: "_") }), !name.isEmpty else { continue }
            let concept = "phrase_" + name
            for (language, side) in [(Language.english, sides[0]), (.french, sides[1])] {
                for phrase in side.split(separator: ",") {
                    let stems = Self.stems(String(phrase), language)
                    guard let first = stems.first else { continue }
                    byFirst[language, default: [:]][first, default: []].append(Entry(stems: stems, concept: concept))
                    if stems.count >= 2, let head = language == .english ? stems.last : stems.first {
                        byHead[language, default: [:]][head, default: []].insert(concept)
                    }
                }
            }
        }
        for language in byFirst.keys {
            for key in byFirst[language]!.keys { byFirst[language]![key]!.sort { $0.stems.count > $1.stems.count } }
        }
    }

    /// The content-word stems of a text, as phrases are matched.
    static func stems(_ text: String, _ language: Language) -> [String] {
        Tokenizer.tokens(in: text).filter { $0.kind == .word }.map(\.key)
            .filter { $0.unicodeScalars.count >= 2 && !Stopwords.contains($0, language: language) }
            .map { Stemmer.stem($0, language: language) }
    }

    /// The longest phrase starting at `start` of a list of content-word stems: its concept and length.
    func match(_ stems: [String], at start: Int, language: Language) -> (concept: String, count: Int)? {
        guard let entries = byFirst[language]?[stems[start]] else { return nil }
        for entry in entries where start + entry.stems.count <= stems.count {
            if Array(stems[start..<(start + entry.stems.count)]) == entry.stems { return (entry.concept, entry.stems.count) }
        }
        return nil
    }

    /// The concepts of the phrases of two words or more whose head is the word `word` (folded)
    /// in `language`: "beds" → hospital bed, "bureaux" → polling station.
    func headConcepts(of word: String, language: Language) -> Set<String> {
        byHead[language]?[Stemmer.stem(word, language: language)] ?? []
    }

    /// The concepts of the phrases a text (a counted noun phrase) holds.
    func concepts(in text: String, language: Language) -> Set<String> {
        let list = Self.stems(text, language)
        var out: Set<String> = []
        var i = 0
        while i < list.count {
            if let found = match(list, at: i, language: language) {
                out.insert(found.concept)
                i += found.count
            } else {
                i += 1
            }
        }
        return out
    }
}
