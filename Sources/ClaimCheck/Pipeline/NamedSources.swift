import ClaimCheckHTML
import ClaimCheckText
import Foundation

/// Sources a draft names without linking them in the sentence: "the agency's annual report also
/// says…", "the same report", "in the same interview", "selon le même rapport". Such a phrase
/// resolves to the link given earlier in the draft whose anchor text or sentence names that
/// document with the same words (the latest one on a tie; the latest with the noun after
/// "same"), and the claim gets that link as a specific attribution: it is then checked
/// against the source (`unsupported-by-source` when the source does not support it).
///
/// A claim with a link of its own, or a publisher that resolves, is left as it is. A later
/// sentence of the same paragraph with no attribution continues the resolved one.
enum NamedSources {
    /// A link seen in the draft, with the words around it.
    struct Mention {
        var href: String
        var words: Set<String>
        var anchor: Set<String>
    }

    /// The claims with their named-not-linked sources resolved.
    static func resolve(_ claims: [Claim]) -> [Claim] {
        var mentions: [Mention] = []
        var out = claims
        var lastResolved: (paragraph: Int, id: String, attribution: Attribution)? = nil
        for index in out.indices {
            let claim = out[index]
            for link in claim.links {
                mentions.append(
                    Mention(href: link.href, words: Set(words(in: claim.text).map(\.key)), anchor: Set(words(in: link.text).map(\.key))))
            }
            // A link or a named publisher of its own settles who the claim cites.
            let settled = claim.attributions.contains { $0.kind == .specific && ($0.href != nil || $0.publisher != nil) }
            if settled { continue }
            if let phrase = reference(in: claim.text, language: claim.language),
                let mention = best(phrase, among: mentions)
            {
                let attribution = Attribution(text: phrase.text, kind: .specific, source: phrase.text, href: mention.href)
                // The phrase the attribution finder kept without a source is this one.
                out[index].attributions.removeAll { $0.kind == .specific && $0.href == nil && $0.publisher == nil }
                out[index].attributions.append(attribution)
                lastResolved = (claim.paragraph, claim.id, attribution)
            } else if let last = lastResolved, last.paragraph == claim.paragraph, claim.attributions.isEmpty {
                var inherited = last.attribution
                inherited.inheritedFrom = last.id
                out[index].attributions.append(inherited)
            }
        }
        return out
    }

    /// A phrase pointing back to a document: determiner, up to three modifiers, a document noun.
    struct Phrase {
        var text: String
        var noun: String
        var modifiers: [String]
        var same: Bool
    }

    static func reference(in text: String, language: Language) -> Phrase? {
        let list = words(in: text)
        let nouns = DocumentWords.nouns(language)
        let determiners = DocumentWords.determiners(language)
        for (i, word) in list.enumerated() where nouns.contains(word.key) {
            var start = i
            var j = i - 1
            while j >= 0, i - j <= 4 {
                if determiners.contains(list[j].key) { start = j }
                j -= 1
            }
            guard start < i else { continue }
            let modifiers = list[(start + 1)..<i].map(\.key).filter { !determiners.contains($0) && $0 != "s" }
            let same = list[start..<i].contains { DocumentWords.same(language).contains($0.key) }
            let written = String(text[list[start].range.lowerBound..<word.range.upperBound])
            return Phrase(text: written, noun: singular(word.key), modifiers: modifiers.map(singular), same: same)
        }
        return nil
    }

    /// The earlier link the phrase names: its anchor or sentence holds the noun; the most
    /// modifiers found wins, the latest on a tie.
    static func best(_ phrase: Phrase, among mentions: [Mention]) -> Mention? {
        var best: (score: Int, mention: Mention)? = nil
        for mention in mentions {
            let words = Set(mention.words.map(singular)).union(mention.anchor.map(singular))
            guard words.contains(phrase.noun) else { continue }
            let score = phrase.same ? 0 : phrase.modifiers.filter(words.contains).count
            if best == nil || score >= best!.score { best = (score, mention) }
        }
        return best?.mention
    }

    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// Folded words with their ranges; an apostrophe ends a word ("agency's" → "agency", "s";
    /// "l'agence" → "l", "agence").
    static func words(in text: String) -> [(key: String, range: Range<String.Index>)] {
        var out: [(String, Range<String.Index>)] = []
        var start: String.Index? = nil
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isLetter || c.isNumber {
                if start == nil { start = i }
            } else if let s = start {
                out.append((BilingualLexicon.fold(String(text[s..<i])), s..<i))
                start = nil
            }
            i = text.index(after: i)
        }
        if let s = start { out.append((BilingualLexicon.fold(String(text[s...])), s..<text.endIndex)) }
        return out
    }
}
