/// Finds the claims of a draft: the sentences that carry a figure, a date, a direct quote or
/// an attribution, with their positions and attributions.
///
/// Not claims: questions (a sentence ending in "?"), headings, page furniture ("Read also",
/// "About the author", "Scroll to top" — see `ClaimWords.boilerplatePrefixes`), and sentences
/// with none of the four (opinion, narration). A sentence with no attribution of its own
/// continues the last specific attribution of an earlier sentence in its paragraph; the
/// attribution then records `inheritedFrom` (and `inheritedScope` `paragraph`). Sources found
/// further in the claim's context are added by `ContextAttributions`.
public struct ClaimFinder: Sendable {
    /// The publisher table attributions resolve through.
    public var aliases: PublisherAliases
    /// The tolerance for "around" figures (fraction of the value).
    public var tolerance: Double
    /// Extra vague-attribution phrases (see `AttributionFinder.extraVaguePhrases`).
    public var vaguePhrases: [String]

    /// Creates a finder.
    public init(aliases: PublisherAliases = .builtIn, tolerance: Double = 0.1, vaguePhrases: [String] = []) {
        self.aliases = aliases
        self.tolerance = tolerance
        self.vaguePhrases = vaguePhrases
    }

    /// The claims of a document.
    ///
    /// - Parameters:
    ///   - document: the draft as read.
    ///   - fileText: the draft's decoded file text, to place sentences on their own lines.
    public func claims(in document: Document, fileText: String? = nil) -> [Claim] {
        find(in: document, fileText: fileText).claims
    }

    /// The claims of a document, and a notice (line, message) for each sentence over
    /// `LongSentences.limit` characters, checked as several parts.
    func find(in document: Document, fileText: String? = nil) -> (claims: [Claim], notices: [(line: Int, message: String)]) {
        let language = DraftLanguage.of(document)
        let extractor = FigureExtractor(language: language, tolerance: tolerance)
        let attributionFinder = AttributionFinder(aliases: aliases, extraVaguePhrases: vaguePhrases)
        let locator = SentenceLocator(fileText: fileText)
        var claims: [Claim] = []
        var notices: [(line: Int, message: String)] = []
        var linksByParagraph = LinkPlacement.byParagraph(document)

        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            guard paragraph.kind != .heading, !ClaimFinder.isBoilerplate(paragraph.text) else { continue }
            var inherited: (attribution: Attribution, claim: String)?
            var cursor: SentenceLocator.Position?
            var previous: String?
            for whole in SentenceSplitter.sentences(in: paragraph.text, language: language) {
                let pieces = LongSentences.pieces(of: whole.text)
                for (pieceIndex, text) in pieces.enumerated() {
                    defer { previous = text }
                    let position = locator.locate(text, paragraphLine: paragraph.line, after: cursor)
                    if pieceIndex == 0, pieces.count > 1 {
                        notices.append((position.line, LongSentences.notice(characters: whole.text.count, pieces: pieces.count)))
                    }
                    cursor = SentenceLocator.Position(line: position.line, column: position.column + 1)
                    let links = LinkPlacement.take(from: &linksByParagraph[paragraphIndex], in: text)
                    if ClaimFinder.isQuestion(text) { continue }
                    let analysis = extractor.analyze(text)
                    let dates = analysis.dates.filter { $0.kind != .relative && $0.firstDay != nil }
                    let quotes = QuoteFinder.quotes(in: text)
                    var attributions = attributionFinder.attributions(in: text, links: links)
                    let id = "c\(claims.count + 1)"
                    if attributions.isEmpty, let (attribution, from) = inherited {
                        if !analysis.figures.isEmpty || !dates.isEmpty || !quotes.isEmpty {
                            var continued = attribution
                            continued.inheritedFrom = from
                            continued.inheritedScope = .paragraph
                            attributions = [continued]
                        }
                    }
                    guard !analysis.figures.isEmpty || !dates.isEmpty || !quotes.isEmpty || !attributions.isEmpty else { continue }
                    if let own = attributions.last(where: { $0.kind == .specific && $0.inheritedFrom == nil && $0.carries }) {
                        inherited = (own, id)
                    }
                    claims.append(
                        Claim(
                            id: id, text: text, line: position.line, column: position.column, paragraph: paragraphIndex,
                            language: language, figures: analysis.figures, dates: dates, quotes: quotes,
                            attributions: attributions, links: links,
                            antecedent: ClaimFinder.pointsBack(text) ? previous : nil))
                }
            }
        }
        return (ContextAttributions.resolve(claims, in: document), notices)
    }

    /// Whether a paragraph is page furniture by its first words.
    static func isBoilerplate(_ text: String) -> Bool {
        let lowered = text.lowercased().replacingOccurrences(of: "’", with: "'")
        return ClaimWords.boilerplatePrefixes.contains { lowered.hasPrefix($0) } && text.count < 200
    }

    /// Whether a sentence opens by pointing back at the previous one.
    static func pointsBack(_ text: String) -> Bool {
        guard let first = text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).first else { return false }
        return ClaimWords.anaphoricOpenings.contains(first.lowercased())
    }

    /// Whether a sentence asks rather than states.
    static func isQuestion(_ text: String) -> Bool {
        // From the end: trailing whitespace, then closing quotes and brackets, then the mark.
        var index = text.endIndex
        while index > text.startIndex, text[text.index(before: index)].isWhitespace { index = text.index(before: index) }
        while index > text.startIndex, "”»\"')] ".contains(text[text.index(before: index)]) { index = text.index(before: index) }
        return index > text.startIndex && text[text.index(before: index)] == "?"
    }
}

/// The language a draft is written in: its metadata, else a guess from its text.
enum DraftLanguage {
    static func of(_ document: Document) -> Language {
        if let tag = document.metadata.language?.lowercased() {
            if tag.hasPrefix("fr") { return .french }
            if tag.hasPrefix("en") { return .english }
        }
        let sample = document.paragraphs.prefix(20).map(\.text).joined(separator: " ")
        return Language.detect(sample)
    }

    /// The language of a draft that is neither English nor French, nil for one that is: its
    /// `lang` tag when it names another language, else a guess from its first paragraphs
    /// (mostly non-Latin letters, or Latin text with almost none of the English and French
    /// function words). The rules are written for English and French; another language would
    /// get their findings by accident.
    static func unsupported(_ document: Document) -> String? {
        let sample = document.paragraphs.prefix(20).map(\.text).joined(separator: " ")
        if let tag = document.metadata.language?.lowercased(), !tag.isEmpty {
            let code = String(tag.prefix { $0.isLetter })
            // A page tagged English or French whose prose is plainly another language (a
            // template's default `lang="en"` on a German article) is that other language.
            if code == "en" || code == "fr" { return plainlyOther(sample, factor: 3) ? "a language other than English or French" : nil }
            if !code.isEmpty, code != "und", code != "mul" { return code }
        }
        if plainlyOther(sample, factor: 2) { return "a language other than English or French" }
        var letters = 0
        var latin = 0
        for scalar in sample.unicodeScalars.prefix(8_000) where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.value < 0x250 { latin += 1 }
        }
        guard letters >= 200 else { return nil }
        if latin * 10 < letters * 7 { return "a language written in another script" }
        let words = sample.lowercased().split { !$0.isLetter }.prefix(1_500)
        let cues = words.filter { LanguageWords.english.contains(String($0)) || LanguageWords.french.contains(String($0)) }.count
        // Running prose only: a list of names or repeated link texts has few function words in any language.
        let varied = Set(words).count * 10 >= words.count * 3
        return words.count >= 60 && varied && cues * 100 < words.count * 8 ? "a language other than English or French" : nil
    }
}

extension DraftLanguage {
    /// Whether a sample of prose (60 words or more) has `factor` times as many function words of
    /// German, Spanish, Portuguese, Italian or Dutch (`LanguageWords.other`) as of English, and as
    /// of French (not counting the words French shares with its neighbours), and they make at
    /// least 8 % of its words.
    static func plainlyOther(_ sample: String, factor: Int) -> Bool {
        let words = sample.lowercased().split { !$0.isLetter }.prefix(1_500)
        guard words.count >= 60 else { return false }
        var english = 0
        var french = 0
        var other = 0
        for word in words {
            let key = String(word)
            if LanguageWords.english.contains(key) { english += 1 }
            // "de", "la", "que", "se", "un" are Spanish, Portuguese or Italian words too.
            if LanguageWords.french.contains(key), !LanguageWords.romanceShared.contains(key) { french += 1 }
            if LanguageWords.other.contains(key) { other += 1 }
        }
        return other >= factor * max(english, french, 1) && other * 100 >= words.count * 8
    }
}

/// Function words of English and French, for telling those two from any other language (the
/// share of them in running text is 20–40 % in either, a few per cent elsewhere).
enum LanguageWords {
    static let english: Set<String> = [
        "the", "and", "of", "to", "in", "is", "was", "were", "that", "with", "for", "on", "by", "from", "have", "has",
        "had", "it", "this", "which", "who", "are", "be", "been", "an", "than", "at", "as", "or", "not", "but", "they",
        "he", "she", "his", "her", "their", "said", "will", "would",
    ]
    static let french: Set<String> = [
        "le", "la", "les", "des", "du", "et", "est", "sont", "dans", "pour", "une", "un", "au", "aux", "qui", "que",
        "avec", "sur", "par", "ont", "pas", "plus", "ce", "cette", "il", "elle", "de", "ne", "se", "son", "sa", "ses",
        "leur", "été", "mais", "ou",
    ]

    /// French function words that Spanish, Portuguese or Italian also write.
    static let romanceShared: Set<String> = ["de", "la", "que", "se", "un", "ou", "son", "sa", "ce", "ne", "elle"]

    /// Frequent function words of German, Spanish, Portuguese, Italian and Dutch that are no
    /// English or French words ("die", "und", "los", "não", "della", "het"): a page full of them
    /// is in another language whatever its tag says.
    static let other: Set<String> = [
        "der", "das", "und", "ist", "nicht", "mit", "von", "sich", "auf", "für", "eine", "einer", "ein", "auch", "wird",
        "werden", "bei", "oder", "zu", "im", "aus", "nach", "wie", "über", "sind", "noch", "nur", "die", "el", "los",
        "por", "una", "con", "para", "del", "es", "está", "las", "lo", "como", "más", "pero", "sus", "su", "fue",
        "también", "não", "uma", "com", "os", "dos", "em", "é", "da", "na", "ao", "pelo", "pela", "foi", "são",
        "você", "seu", "sua", "di", "che", "è", "della", "sono", "gli", "nel", "alla", "anche", "più", "questo",
        "delle", "dei", "het", "een", "niet", "zijn", "voor", "op", "ook", "dat", "wordt", "deze", "naar", "heeft",
        "er", "om", "worden",
    ]
}

/// Which paragraph and sentence each of a document's links belongs to.
enum LinkPlacement {
    /// The links of each paragraph: a link belongs to the first paragraph, from the one on
    /// its line backwards, whose text contains its anchor text.
    static func byParagraph(_ document: Document) -> [[Link]] {
        var result = Array(repeating: [Link](), count: document.paragraphs.count)
        let paragraphs = document.paragraphs
        // Paragraphs come in line order: the last one on or before a link's line is found by
        // bisection (filtering all paragraphs for each link was quadratic in a draft of many
        // linked paragraphs).
        let inLineOrder = zip(paragraphs, paragraphs.dropFirst()).allSatisfy { $0.line <= $1.line }
        for link in document.links where !link.text.isEmpty {
            let holds = { (index: Int) in paragraphs[index].text.contains(link.text) }
            let before: Int?
            if inLineOrder {
                var low = 0
                var high = paragraphs.count
                while low < high {
                    let middle = (low + high) / 2
                    if paragraphs[middle].line <= link.line { low = middle + 1 } else { high = middle }
                }
                before = (0..<low).reversed().first(where: holds)
            } else {
                before = paragraphs.indices.filter { paragraphs[$0].line <= link.line }.reversed().first(where: holds)
            }
            if let index = before
                ?? document.paragraphs.indices.first(where: { document.paragraphs[$0].text.contains(link.text) })
            {
                result[index].append(link)
            }
        }
        return result
    }

    /// Removes and returns the links whose anchor text is in the sentence; see
    /// `LinkSpans.take(from:in:)` for a link whose text runs over several sentences.
    static func take(from links: inout [Link], in sentence: String) -> [Link] {
        LinkSpans.take(from: &links, in: sentence)
    }
}

import Foundation
