/// Finds the claims of a draft: the sentences that carry a figure, a date, a direct quote or
/// an attribution, with their positions and attributions.
///
/// Not claims: questions (a sentence ending in "?"), headings, page furniture ("Read also",
/// "About the author", "Scroll to top" — see `ClaimWords.boilerplatePrefixes`), and sentences
/// with none of the four (opinion, narration). A sentence with no attribution of its own
/// continues the last specific attribution of an earlier sentence in its paragraph; the
/// attribution then records `inheritedFrom`.
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
                            attributions = [continued]
                        }
                    }
                    guard !analysis.figures.isEmpty || !dates.isEmpty || !quotes.isEmpty || !attributions.isEmpty else { continue }
                    if let own = attributions.last(where: { $0.kind == .specific && $0.inheritedFrom == nil }) {
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
        return (claims, notices)
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
        let end = text.trimmingSpaces().reversed().drop(while: { "”»\"')] ".contains($0) })
        return end.first == "?"
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

    /// Removes and returns the links whose anchor text is in the sentence.
    static func take(from links: inout [Link], in sentence: String) -> [Link] {
        var taken: [Link] = []
        links.removeAll { link in
            guard sentence.contains(link.text) else { return false }
            taken.append(link)
            return true
        }
        return taken
    }
}

import Foundation
