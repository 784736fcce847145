/// Finds the attributions of a sentence: cue phrases ("according to X", "X reported that",
/// "selon X", "a indiqué X"), vague cues ("reportedly", "sources say", "aurait") and the
/// sentence's hyperlinks.
///
/// A source phrase is `specific` when it holds a name the publisher aliases know, else
/// `vague` when its words are generic ("French media", "Kremlin critics", "some local
/// media", "des sources"), else `specific` (a named person or body: "the Interior Ministry",
/// "Nicolas Hénin", "the authors of the petition").
public struct AttributionFinder: Sendable {
    /// The publisher table names resolve through.
    public var aliases: PublisherAliases
    /// Phrases that are vague attributions wherever they appear, beyond the built-in ones
    /// (a configuration's `vague-attributions:`), lower case.
    public var extraVaguePhrases: [String]

    /// Creates a finder.
    public init(aliases: PublisherAliases = .builtIn, extraVaguePhrases: [String] = []) {
        self.aliases = aliases
        self.extraVaguePhrases = extraVaguePhrases
    }

    /// The attributions of one sentence, in order of appearance.
    ///
    /// - Parameters:
    ///   - sentence: the sentence's text.
    ///   - links: hyperlinks whose anchor text lies in this sentence.
    public func attributions(in sentence: String, links: [Link] = []) -> [Attribution] {
        let words = AttributionWords(sentence)
        var found: [(words: Range<Int>, attribution: Attribution)] = []

        for link in links {
            let publisher = aliases.publisher(forHost: link.href) ?? aliases.publisher(named: link.text)
            let position = words.wordIndex(containing: link.text)
            found.append((position..<(position + 1), Attribution(text: link.text, kind: .specific, source: publisher?.name ?? link.text, publisher: publisher, href: link.href)))
        }
        // "a-t-on appris de sources diplomatiques", "de source policière": an unnamed source
        // described by its milieu.
        for (index, word) in words.lower.enumerated() where word == "de" && index + 2 < words.count
            && ["source", "sources"].contains(words.lower[index + 1]) && AttributionCues.frenchSourceMilieus.contains(words.lower[index + 2])
        {
            found.append((index..<(index + 3), Attribution(text: words.text(from: index, count: 3), kind: .vague)))
        }
        for cue in AttributionCues.vagueAnywhere + extraVaguePhrases {
            for position in words.positions(ofPhrase: cue) {
                let length = cue.split(separator: " ").count
                found.append((position..<(position + length), Attribution(text: words.text(from: position, count: length), kind: .vague)))
            }
        }
        for index in words.lower.indices where Self.isReportingConditional(at: index, words: words) {
            found.append((index..<(index + 1), Attribution(text: words.original[index], kind: .vague)))
        }
        for cue in AttributionCues.sourceFollows {
            for position in words.positions(ofPhrase: cue) {
                // "has been told to self-isolate", "were told to leave": an order, not a source.
                if cue == "told", (position > 0 && AttributionCues.passiveMarkers.contains(words.lower[position - 1]))
                    || (position + 1 < words.count && words.lower[position + 1] == "to")
                {
                    continue
                }
                let cueLength = cue.split(separator: " ").count
                let phrase = words.sourcePhrase(from: position + cueLength)
                guard !phrase.isEmpty else { continue }
                let text = words.text(from: position, count: cueLength + phrase.count)
                found.append(contentsOf: classify(phrase: phrase, words: words, cueText: text).map { (position..<phrase.upperBound, $0) })
            }
        }
        // "Le Point rapporte que …", "l'Insee estime qu'…": a French present reporting verb with
        // its subject before it and "que" after.
        func reportsThat(_ index: Int) -> Bool {
            AttributionCues.frenchInvertedVerbs.contains(words.lower[index]) && index + 1 < words.count
                && (words.lower[index + 1] == "que" || words.lower[index + 1].hasPrefix("qu'"))
        }
        for (index, word) in words.lower.enumerated()
        where (AttributionCues.reportingVerbs.contains(word) || AttributionCues.stanceWords.contains(word) || reportsThat(index))
            && !words.isCapitalised(index)
        {
            let stance = AttributionCues.stanceWords.contains(word)
            if AttributionCues.reportingOnlyBeforeThat.contains(word) || stance, index + 1 >= words.count || words.lower[index + 1] != "that" {
                // "the budget documents show Sars collected …": a document says so without "that".
                guard !stance, index > 0, AttributionCues.documentSubjectHeads.contains(words.lower[index - 1]) else { continue }
            }
            // A passive ("are reported to", "has been said") names no reporter before the verb;
            // a stance after a copula ("experts are concerned that") does.
            if !stance, index > 0, ["is", "are", "was", "were", "been", "being", "be"].contains(words.lower[index - 1]) { continue }
            // "with reports indicating that …", "data showing that …": the noun right before a
            // participle is its subject, whatever comes before it.
            let participleSubject = AttributionCues.reportingParticiples.contains(word) && index > 0
                && (AttributionCues.vagueHeads.contains(words.lower[index - 1]) || AttributionCues.documentNouns.contains(words.lower[index - 1]))
            guard let subject = participleSubject ? (index - 1)..<index : words.subjectPhrase(before: index), !subject.isEmpty else { continue }
            if AttributionCues.nounVerbs.contains(word), words.lower[subject].allSatisfy(AttributionCues.sourceAdjectives.contains) {
                // "Published estimates put …": the noun heads an unnamed source.
                let text = words.text(from: subject.lowerBound, count: index - subject.lowerBound + 1)
                found.append((subject.lowerBound..<(index + 1), Attribution(text: text, kind: .vague, source: text)))
                continue
            }
            let text = words.text(from: subject.lowerBound, count: index - subject.lowerBound + 1)
            found.append(contentsOf: classify(phrase: subject, words: words, cueText: text).map { (subject.lowerBound..<(index + 1), $0) })
        }
        found.append(contentsOf: footnoteReferences(in: sentence))
        found.append(contentsOf: legalTextAttributions(words))
        found.append(contentsOf: namingAttributions(words))
        found.append(contentsOf: documentAttributions(words))
        found.append(contentsOf: actorAttributions(words))
        found.append(contentsOf: speakerAttributions(words))
        found.append(contentsOf: invertedAttributions(words))
        for (index, word) in words.lower.enumerated() where ["a", "ont", "avait", "avaient"].contains(word) && index + 1 < words.count {
            // "a déjà indiqué", "ont également précisé": an adverb may stand before the participle.
            let participle = index + 2 < words.count && AttributionCues.frenchAdverbsBeforeParticiple.contains(words.lower[index + 1]) ? index + 2 : index + 1
            guard AttributionCues.frenchReportingParticiples.contains(words.lower[participle]),
                let subject = words.subjectPhrase(before: index), !subject.isEmpty
            else { continue }
            let text = words.text(from: subject.lowerBound, count: participle - subject.lowerBound + 1)
            found.append(contentsOf: classify(phrase: subject, words: words, cueText: text).map { (subject.lowerBound..<(participle + 1), $0) })
        }
        return Self.merged(found)
    }

    /// A French conditional that reports an unverified fact: "aurait expulsé", "auraient été
    /// tués", "serait parti" — a conditional followed by a past participle, outside a
    /// hypothesis ("si …") and not a modal one ("aurait pu", "aurait dû"). "serait bon",
    /// "seraient en jeu" report nothing.
    static func isReportingConditional(at index: Int, words: AttributionWords) -> Bool {
        guard AttributionCues.frenchReportedConditional.contains(words.lower[index]), index + 1 < words.count,
            !words.boundaryAfter[index]
        else { return false }
        let next = words.lower[index + 1]
        if AttributionCues.frenchModalParticiples.contains(next) { return false }
        if words.lower.contains(where: { $0 == "si" || $0 == "s'il" || $0 == "s'ils" || $0 == "sinon" }) { return false }
        return next == "été" || next == "eu"
            || (next.count > 2 && AttributionCues.frenchParticipleEndings.contains { next.hasSuffix($0) }
                && !["cette", "tout", "toute", "petit", "petite", "faut", "était"].contains(next))
    }

    /// A pronoun before a reporting verb ("he said", "she told reporters", "il a précisé") or
    /// inverted after a French one ("indique-t-il", "a-t-elle précisé"): it credits the speaker the
    /// text has just named, a specific source (its `source` is nil: the name stands earlier).
    private func speakerAttributions(_ words: AttributionWords) -> [(words: Range<Int>, attribution: Attribution)] {
        var found: [(words: Range<Int>, attribution: Attribution)] = []
        let auxiliaries: Set<String> = ["has", "have", "had", "also", "later", "then", "a", "ont", "avons", "avait", "avaient", "aussi"]
        for index in words.lower.indices {
            let word = words.lower[index]
            let isVerb = (AttributionCues.reportingVerbs.contains(word)
                && (!AttributionCues.reportingOnlyBeforeThat.contains(word) || (index + 1 < words.count && words.lower[index + 1] == "that")))
                || (index > 0 && ["a", "ont", "avons", "avait", "avaient"].contains(words.lower[index - 1])
                    && AttributionCues.frenchReportingParticiples.contains(word))
            if isVerb {
                var subject = index - 1
                while subject >= 0, auxiliaries.contains(words.lower[subject]), index - subject < 3 { subject -= 1 }
                if subject >= 0, AttributionCues.speakerPronouns.contains(words.lower[subject]),
                    subject == 0 || !["it", "il"].contains(words.lower[subject]) || words.boundaryAfter[subject - 1] || subject == 0
                {
                    // "it" only opens a clause as a speaker ("…, it said"), never in "it is said".
                    if words.lower[subject] == "it", index > subject + 1 { continue }
                    found.append((subject..<(index + 1), Attribution(text: words.text(from: subject, count: index - subject + 1), kind: .specific)))
                }
            }
            if let ending = AttributionCues.frenchInvertedPronouns.first(where: { word.hasSuffix($0) }) {
                let verb = String(word.dropLast(ending.count))
                let reports = AttributionCues.frenchInvertedVerbs.contains(verb)
                    || ((verb == "a" || verb == "ont") && index + 1 < words.count
                        && AttributionCues.frenchReportingParticiples.contains(words.lower[index + 1]))
                if reports {
                    let length = verb == "a" || verb == "ont" ? 2 : 1
                    found.append((index..<(index + length), Attribution(text: words.text(from: index, count: length), kind: .specific)))
                }
            }
        }
        return found
    }

    /// A document and its named author anywhere in the sentence: "a study by the Pew Research
    /// Center", "figures from the Home Office", "une étude menée par l'Institut de recherche",
    /// "les chiffres de l'Insee" (`AttributionCues.documentNouns`, `bodyConnectors`).
    private func documentAttributions(_ words: AttributionWords) -> [(words: Range<Int>, attribution: Attribution)] {
        var found: [(words: Range<Int>, attribution: Attribution)] = []
        for index in words.lower.indices where AttributionCues.documentNouns.contains(words.lower[index]) && !words.boundaryAfter[index] {
            var next = index + 1
            var authored = false
            while next < words.count, next - index <= 4, AttributionCues.bodyConnectors.contains(words.lower[next]), !words.boundaryAfter[next - 1] {
                if ["by", "par", "from", "of", "de", "du", "des"].contains(words.lower[next]) { authored = true }
                next += 1
            }
            guard authored, next < words.count, !words.boundaryAfter[next - 1] else { continue }
            let word = words.lower[next]
            let elided = word.hasPrefix("l'") || word.hasPrefix("d'")
            let bare = elided ? String(word.dropFirst(2)) : word
            let named = (words.isCapitalised(next) && !elided) || (elided && words.original[next].dropFirst(2).first?.isUppercase == true)
            guard named || AttributionCues.institutionNouns.contains(bare) else { continue }
            let phrase = words.sourcePhrase(from: next)
            guard !phrase.isEmpty else { continue }
            let text = words.text(from: index, count: phrase.upperBound - index)
            found.append(
                contentsOf: classify(phrase: phrase, words: words, cueText: text).filter { $0.kind == .specific }.map { (index..<phrase.upperBound, $0) })
        }
        return found
    }

    /// Footnote references: a note number glued to what it sources — "40 %1", "selon l'Insee²",
    /// "rose 3%[4]" (one or two digits right after a per-cent sign, superscript digits after a
    /// word or a per-cent sign but not after a unit such as "km²", a bracketed number after a
    /// word) — or a number in brackets closing the sentence ("… of binge eating (2)."). The
    /// note names the source, so the figure is sourced.
    private func footnoteReferences(in sentence: String) -> [(words: Range<Int>, attribution: Attribution)] {
        let scalars = Array(sentence.unicodeScalars)
        var found: [(words: Range<Int>, attribution: Attribution)] = []
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        func isSuperscript(_ index: Int) -> Bool { index < scalars.count && AttributionCues.superscriptDigits.contains(scalars[index]) }
        func wordBefore(_ index: Int) -> String {
            var start = index
            while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
            return String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
        }
        var index = 1
        while index < scalars.count {
            var end = index
            let previous = scalars[index - 1]
            if previous == "%", isDigit(index) {
                while isDigit(end), end - index < 3 { end += 1 }
                // "%1" but not "%12" running into a longer number or a decimal.
                if end - index > 2 || isDigit(end) || (end < scalars.count && [",", "."].contains(scalars[end]) && isDigit(end + 1)) { end = index }
            } else if isSuperscript(index), previous == "%" || (previous.properties.isAlphabetic
                && !AttributionCues.superscriptUnits.contains(wordBefore(index)))
            {
                while isSuperscript(end) { end += 1 }
            } else if scalars[index] == "[", previous.properties.isAlphabetic || previous == "%" || isDigit(index - 1) {
                var close = index + 1
                while isDigit(close), close - index <= 3 { close += 1 }
                if close > index + 1, close < scalars.count, scalars[close] == "]" { end = close + 1 }
            } else if scalars[index] == "(", previous == " " {
                // "… a higher risk of binge eating (2).", "(10, 11)": numbered references closing
                // the sentence.
                var close = index + 1
                while close < scalars.count, isDigit(close) || [",", " ", "-", "–"].contains(scalars[close]), close - index <= 16 { close += 1 }
                if !isDigit(index + 1) || !isDigit(close - 1) { close = index + 1 }
                let rest = close + 1 < scalars.count ? scalars[(close + 1)...].filter { !$0.properties.isWhitespace } : []
                if close > index + 1, close < scalars.count, scalars[close] == ")", rest.allSatisfy({ ".!?".unicodeScalars.contains($0) }) {
                    end = close + 1
                }
            }
            guard end > index else { index += 1; continue }
            let mark = String(String.UnicodeScalarView(scalars[index..<end]))
            let position = AttributionWords(String(String.UnicodeScalarView(scalars[..<index]))).count
            found.append((position..<(position + 1), Attribution(text: mark, kind: .specific, source: "note " + mark)))
            index = end
        }
        return found
    }

    /// A legal text or agreement a figure stands under: "fined £1,000 under new regulations",
    /// "en vertu de la loi", "aux termes du décret" (`AttributionCues.underLegalText`,
    /// `legalTexts`), up to three words of determiners and modifiers between. The text is
    /// the primary source of the amounts it sets.
    private func legalTextAttributions(_ words: AttributionWords) -> [(words: Range<Int>, attribution: Attribution)] {
        var found: [(words: Range<Int>, attribution: Attribution)] = []
        for cue in AttributionCues.underLegalText {
            let cueLength = cue.split(separator: " ").count
            for position in words.positions(ofPhrase: cue) {
                var next = position + cueLength
                while next < words.count, next - position - cueLength < 4, !words.boundaryAfter[next - 1] {
                    let word = words.lower[next]
                    let bare = word.hasPrefix("l'") ? String(word.dropFirst(2)) : word
                    if AttributionCues.legalTexts.contains(bare) {
                        let text = words.text(from: position, count: next - position + 1)
                        found.append((position..<(next + 1), Attribution(text: text, kind: .specific, source: words.text(from: position + cueLength, count: next - position - cueLength + 1))))
                        break
                    }
                    next += 1
                }
            }
        }
        return found
    }

    /// "what the institution called an outrageous party", "ce que le ministère qualifie de …":
    /// a subject naming someone between "what" / "ce que" and a verb of naming
    /// (`AttributionCues.namingVerbs`) is a source the sentence cites.
    private func namingAttributions(_ words: AttributionWords) -> [(words: Range<Int>, attribution: Attribution)] {
        var found: [(words: Range<Int>, attribution: Attribution)] = []
        for (index, word) in words.lower.enumerated() where word == "what" || (word == "que" && index > 0 && words.lower[index - 1] == "ce") {
            var verb = index + 1
            while verb < words.count, verb - index <= 5, !AttributionCues.namingVerbs.contains(words.lower[verb]), !words.boundaryAfter[verb - 1] { verb += 1 }
            guard verb < words.count, verb > index + 1, AttributionCues.namingVerbs.contains(words.lower[verb]) else { continue }
            let subject = (index + 1)..<verb
            guard words.isCapitalised(subject.lowerBound) || AttributionCues.subjectOpeners.contains(words.lower[subject.lowerBound]),
                !words.lower[subject].contains(where: AttributionCues.pronouns.contains)
            else { continue }
            let text = words.text(from: subject.lowerBound, count: verb - subject.lowerBound + 1)
            found.append(contentsOf: classify(phrase: subject, words: words, cueText: text).map { (subject.lowerBound..<(verb + 1), $0) })
        }
        return found
    }

    /// A named body as the sentence's subject reports its own act or figures: "L'Office fédéral de
    /// l'agriculture a banni 12 pesticides", "The Department of Health has defined …". The subject
    /// opens the sentence (after an opening phrase of at most four words and a comma): an
    /// optional determiner, then a body's noun (`AttributionCues.institutionNouns`) written with a
    /// capital or followed by a capitalised name within three words.
    private func actorAttributions(_ words: AttributionWords) -> [(words: Range<Int>, attribution: Attribution)] {
        var start = 0
        if let comma = (0..<min(words.count, 5)).first(where: { words.boundaryAfter[$0] }), comma < words.count - 1 { start = comma + 1 }
        guard start < words.count else { return [] }
        var noun = start
        if ["the", "le", "la", "les"].contains(words.lower[noun]) { noun += 1 }
        guard noun < words.count else { return [] }
        let word = words.lower[noun]
        let elided = word.hasPrefix("l'")
        let bare = elided ? String(word.dropFirst(2)) : word
        guard AttributionCues.institutionNouns.contains(bare) else { return [] }
        let capitalised = elided ? words.original[noun].dropFirst(2).first?.isUppercase == true : words.isCapitalised(noun) && noun > 0 || (noun == 0 && words.original[noun].first?.isUppercase == true && words.count > 1 && words.isCapitalised(1))
        let namedAfter = (noun + 1..<min(words.count, noun + 4)).contains { words.isCapitalised($0) && !words.boundaryAfter[max(noun, $0 - 1)] }
        guard capitalised || namedAfter else { return [] }
        let phrase = words.sourcePhrase(from: start)
        guard phrase.count >= 2 else { return [] }
        let text = words.text(from: start, count: phrase.count)
        var attribution = Attribution(text: text, kind: .specific, source: text)
        attribution.carries = false
        return [(start..<phrase.upperBound, attribution)]
    }

    /// A reporting verb inverted after a quote or a comma, its subject after it: ", said the
    /// mayor", "…, souligne l'institut", "ont indiqué les autorités locales".
    private func invertedAttributions(_ words: AttributionWords) -> [(words: Range<Int>, attribution: Attribution)] {
        var found: [(words: Range<Int>, attribution: Attribution)] = []
        for index in words.lower.indices where index > 0 && words.boundaryAfter[index - 1] {
            let word = words.lower[index]
            var cueLength = 0
            if (AttributionCues.reportingVerbs.contains(word) && !AttributionCues.reportingOnlyBeforeThat.contains(word))
                || AttributionCues.frenchInvertedVerbs.contains(word)
            {
                cueLength = 1
            } else if ["a", "ont"].contains(word), index + 1 < words.count,
                AttributionCues.frenchReportingParticiples.contains(words.lower[index + 1])
            {
                cueLength = 2
            }
            guard cueLength > 0, !words.boundaryAfter[index + cueLength - 1], index + cueLength < words.count else { continue }
            let start = index + cueLength
            let first = words.lower[start]
            guard !AttributionCues.pronouns.contains(first),
                words.isCapitalised(start) || AttributionCues.subjectOpeners.contains(first) || first.hasPrefix("l'")
            else { continue }
            let phrase = words.sourcePhrase(from: start)
            guard !phrase.isEmpty else { continue }
            let text = words.text(from: index, count: cueLength + phrase.count)
            found.append(contentsOf: classify(phrase: phrase, words: words, cueText: text).map { (index..<phrase.upperBound, $0) })
        }
        return found
    }

    /// One attribution per stretch of words: where cues overlap ("sources say" is both a
    /// vague phrase and a subject with its verb), the best reading stays — specific over
    /// vague, a resolved publisher over none, the longer text over the shorter; a link or
    /// publisher the losing reading had is kept.
    private static func merged(_ found: [(words: Range<Int>, attribution: Attribution)]) -> [Attribution] {
        func rank(_ attribution: Attribution) -> (Int, Int, Int) {
            (attribution.kind == .specific ? 1 : 0, attribution.publisher == nil ? 0 : 1, attribution.text.count)
        }
        var kept: [(words: Range<Int>, attribution: Attribution)] = []
        for candidate in found.sorted(by: { ($0.words.lowerBound, -$0.words.count) < ($1.words.lowerBound, -$1.words.count) }) {
            if let index = kept.firstIndex(where: { $0.words.overlaps(candidate.words) || ($0.attribution.href != nil && $0.attribution.href == candidate.attribution.href) }) {
                var winner = rank(candidate.attribution) > rank(kept[index].attribution) ? candidate : kept[index]
                let loser = winner.attribution == candidate.attribution ? kept[index].attribution : candidate.attribution
                // The link a cue phrase rests on stays with it ("according to <a>Le Monde</a>").
                if winner.attribution.href == nil, loser.kind == .specific { winner.attribution.href = loser.href }
                if winner.attribution.publisher == nil, winner.attribution.kind == .specific { winner.attribution.publisher = loser.publisher }
                // A reporting verb read in the same words lets the attribution carry to other sentences.
                if loser.kind == .specific, loser.carries { winner.attribution.carries = true }
                kept[index] = winner
            } else {
                kept.append(candidate)
            }
        }
        var seen = Set<String>()
        return kept.map(\.attribution).filter { attribution in
            let key = "\(attribution.kind)|\(attribution.publisher?.name ?? attribution.source ?? attribution.text.lowercased())"
            return seen.insert(key).inserted
        }
    }

    /// Classifies a source phrase; coordinated sources ("Kremlin critics and some local media")
    /// become one attribution, vague only when every part is vague.
    private func classify(phrase: Range<Int>, words: AttributionWords, cueText: String) -> [Attribution] {
        let parts = words.coordinatedParts(of: phrase)
        if parts.count == 1, let only = parts.first, only.count == 1, AttributionCues.pronouns.contains(words.lower[only.lowerBound]) {
            // "selon lui", "according to her": the speaker the text has just named.
            if ["lui", "elle", "eux", "elles", "him", "her", "them"].contains(words.lower[only.lowerBound]),
                let cue = cueText.split(separator: " ").first.map({ AttributionWords.fold(String($0)) }), ["selon", "according", "d'après"].contains(cue)
            {
                return [Attribution(text: cueText, kind: .specific)]
            }
            return []  // "told him": credits nobody new
        }
        var specific: [(name: String, publisher: Publisher?)] = []
        for part in parts {
            let original = words.original[part].joined(separator: " ")
            if let publisher = resolve(part, words: words) {
                specific.append((publisher.name, publisher))
            } else if !isVague(part, words: words) {
                specific.append((original, nil))
            }
        }
        if let first = specific.first {
            return [Attribution(text: cueText, kind: .specific, source: first.name, publisher: first.publisher)]
        }
        return [Attribution(text: cueText, kind: .vague, source: words.original[phrase].joined(separator: " "))]
    }

    /// The publisher a source phrase names: the whole phrase, then its capitalised runs.
    private func resolve(_ part: Range<Int>, words: AttributionWords) -> Publisher? {
        let whole = words.original[part].joined(separator: " ")
        if let publisher = aliases.publisher(named: whole) { return publisher }
        if let first = words.lower[part].first, first.hasPrefix("l'") || first.hasPrefix("d'"),
            let publisher = aliases.publisher(named: ([String(words.original[part.lowerBound].dropFirst(2))] + words.original[(part.lowerBound + 1)..<part.upperBound]).joined(separator: " "))
        {
            return publisher
        }
        if part.count > 1, ["the", "a", "an", "le", "la", "les", "l'"].contains(words.lower[part.lowerBound]),
            let publisher = aliases.publisher(named: words.original[(part.lowerBound + 1)..<part.upperBound].joined(separator: " "))
        {
            return publisher
        }
        var start = part.lowerBound
        while start < part.upperBound {
            if words.isCapitalised(start) {
                var end = start + 1
                while end < part.upperBound, words.isCapitalised(end) || (end + 1 < part.upperBound && ["of", "de", "du", "des", "the"].contains(words.lower[end]) && words.isCapitalised(end + 1)) {
                    end += 1
                }
                for length in stride(from: end - start, through: 1, by: -1) {
                    for first in start...(end - length) {
                        if let publisher = aliases.publisher(named: words.original[first..<(first + length)].joined(separator: " ")) {
                            return publisher
                        }
                    }
                }
                start = end
            } else {
                start += 1
            }
        }
        return nil
    }

    private func isVague(_ part: Range<Int>, words: AttributionWords) -> Bool {
        guard var first = part.first else { return true }
        while first < part.upperBound - 1, ["the", "a", "an", "le", "la", "l'"].contains(words.lower[first]) { first += 1 }
        if AttributionCues.pronouns.contains(words.lower[first]) && part.count == 1 { return true }
        // The head: the last word before "of"/"de"/"close"/"familiar", else the last word.
        var head = part.upperBound - 1
        for index in first..<part.upperBound where ["of", "de", "du", "des", "close", "familiar", "proches", "from"].contains(words.lower[index]) && index > first {
            head = index - 1
            break
        }
        if Self.belongsToNamedBody(head: head, words: words) { return false }
        if AttributionCues.vagueDeterminers.contains(words.lower[first]) { return true }
        guard AttributionCues.vagueHeads.contains(words.lower[head]) else { return false }
        // "selon cette source", "the same source": a source the text has already named.
        if ["source", "sources"].contains(words.lower[head]), head > part.lowerBound,
            AttributionCues.anaphoricDeterminers.contains(words.lower[head - 1])
        {
            return false
        }
        return true
    }

    /// "analysts at Goldman Sachs", "officials of the ministry", "des estimations de l'agence
    /// russe": a generic head followed by a connector and a name or a body
    /// (`AttributionCues.institutionNouns`) belongs to that body.
    static func belongsToNamedBody(head: Int, words: AttributionWords) -> Bool {
        guard AttributionCues.headsOfNamedBodies.contains(words.lower[head]) else { return false }
        var next = head + 1
        var connected = false
        while next < words.count, next <= head + 5, !words.boundaryAfter[next - 1] {
            let word = words.lower[next]
            if AttributionCues.bodyConnectors.contains(word) {
                connected = true
                next += 1
                continue
            }
            let elided = word.hasPrefix("l'") || word.hasPrefix("d'")
            let bare = elided ? String(word.dropFirst(2)) : word
            guard connected || elided else { return false }
            if AttributionCues.institutionNouns.contains(bare) || (words.isCapitalised(next) && !elided)
                || (elided && words.original[next].dropFirst(2).first?.isUppercase == true)
            {
                return true
            }
            // A modifier before the body's noun: "the health ministry", "l'agence russe".
            connected = true
            next += 1
        }
        return false
    }
}
