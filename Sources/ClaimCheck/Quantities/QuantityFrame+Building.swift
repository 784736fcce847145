import ClaimCheckHTML
import ClaimCheckText

extension QuantityFrame {
    /// The frames of every figure of a claim, read from the claim's sentence.
    ///
    /// - Parameter layout: the kind of block the claim's paragraph is (list items, table cells
    ///   and preformatted blocks hold lists and statistics, not claim-level quantities).
    static func frames(of claim: Claim, layout: Paragraph.Kind = .paragraph) -> [QuantityFrame] {
        let sentence = FrameSentence(claim.text, language: claim.language)
        let measures = QuantityWords.list(QuantityWords.measures, claim.language)
        let years = Set(claim.dates.compactMap { $0.firstDay?.year })
        let days = Set(claim.dates.filter { $0.firstDay == $0.lastDay }.compactMap { $0.firstDay.map { "\($0.month)-\($0.day)" } })
        // A statistics line ("7 tackles, 3 assists"), or a sentence so dense with figures that
        // it is a list (a recipe's ingredients, a spec sheet).
        let statisticsLine = claim.figures.count >= 3 && sentence.words.count < claim.figures.count * 5
            || claim.figures.count >= 6
        let heads = sentence.partitiveHeads(of: claim.figures)
        var moments = sentence.moments(outside: claim.dates)
        if claim.dates.contains(where: { $0.kind == .day || $0.kind == .dayOfUnknownYear }) { moments.insert("x") }
        return claim.figures.enumerated().map { index, original in
            var figure = original
            // A part takes the whole's thing, and its event: they share one clause ("Eight of
            // the 10 questions were directed at …").
            if figure.head == nil, let head = heads[index] {
                figure.head = head
                if let event = claim.figures[index + 1].predicate { figure.predicate = event }
            }
            // A person's age is not a duration: "73 years old" never measures "a 3-5 year term".
            // A percentage with no noun is the level of the noun before it ("the rate at 2.25 per cent").
            // A number named before it ("the number of people killed … at up to 39,000", "the
            // death toll … rose to 10") is what a bare figure after "at" / "to" counts.
            let named = figure.head == nil && !figure.isPercentage ? sentence.numberNoun(of: figure) : nil
            let change = sentence.nominalChange(of: figure) ?? (figure.head == nil ? sentence.change(of: figure) : nil)
            var thing = sentence.isAge(figure) ? "age" : change?.thing ?? figure.head.map(BilingualLexicon.fold)
                ?? (figure.isPercentage ? sentence.levelNoun(of: figure) : named?.thing)
            // "25 streets and squares" counts both: not the count of streets alone.
            if let counted = thing, let other = sentence.coordinatedNoun(of: figure) { thing = counted + "+" + other }
            let isMeasure = thing.map { measures.contains($0) } ?? false
            var frame = QuantityFrame(
                figure: figure, claimID: claim.id, paragraph: claim.paragraph, language: claim.language,
                thing: thing, isMeasure: isMeasure, event: SameQuantity.meaningful(figure.predicate),
                possessors: sentence.possessors(before: figure.start), places: sentence.places(), years: years,
            isBareSubject: figure.noun == nil && sentence.isFollowedByAuxiliary(figure),
                isProjected: sentence.isProjected(around: figure), marksOtherEntity: sentence.marksOtherEntity(besides: claim.figures) || sentence.isIncrement(figure),
                role: .plain, context: [], rate: sentence.rate(of: figure), notClaimLevel: nil)
            frame.isMoney = sentence.isMoney(figure, thing: thing)
            if let event = named?.event { frame.event = event }
            if let change { frame.event = change.direction }
            // A count after a possession verb is the event "have" ("had" is a light verb
            // otherwise), and the name before the verb ("Pakistan has…") is whose quantity it
            // is; a count after a possessive is someone's too, whatever its clause does with it
            // ("had posted to her 124,000 followers" counts her followers).
            if thing != nil, !isMeasure, !figure.isPercentage, let possession = sentence.possession(of: figure) {
                if possession.byVerb { frame.event = QuantityWords.possession } else { frame.isPossessed = true }
                if let owner = possession.owner { frame.possessors.insert(owner) }
            }
            frame.days = days
            frame.moments = moments
            frame.isBareObject = figure.noun == nil && frame.event.map { sentence.follows($0, figure) } ?? false
            frame.context = sentence.contentWords(
                near: figure, excluding: [thing, frame.event].compactMap { $0 }, measures: measures, figures: claim.figures)
            frame.role = heads[index] != nil ? .part : heads[index - 1] != nil ? .whole : sentence.role(of: figure, at: index, among: claim.figures)
            if frame.role == .part {
                frame.wholeValue = heads[index] != nil ? claim.figures[index + 1].value : sentence.whole(of: figure, at: index, among: claim.figures)?.value
            }
            frame.notClaimLevel = notClaimLevel(
                figure, index: index, in: claim, sentence: sentence, layout: layout, statisticsLine: statisticsLine, frame: frame)
            return frame
        }
    }

    /// The frame with its empty thing filled from the mention it continues: the last counted
    /// thing of the same or the previous paragraph ("Out of 80 Russian spies, around 50 were
    /// expelled"; "… 35 diplomats. In the end, 20 were expelled."). Only a bare figure that is
    /// the subject of its event continues anything ("20 were expelled", "50 ont été expulsés").
    func continuing(_ previous: QuantityFrame?) -> QuantityFrame {
        guard notClaimLevel == .noThing, event != nil, isBareSubject, let previous, let thing = previous.thing, !previous.isMeasure,
            previous.figure.isPercentage == figure.isPercentage, paragraph - previous.paragraph <= 1
        else { return self }
        var filled = self
        filled.thing = thing
        filled.figure.head = previous.figure.head
        filled.notClaimLevel = nil
        return filled
    }

    private static func notClaimLevel(
        _ figure: Figure, index: Int, in claim: Claim, sentence: FrameSentence, layout: Paragraph.Kind, statisticsLine: Bool,
        frame: QuantityFrame
    ) -> NotClaimLevel? {
        if figure.kind == .vague { return .vague }
        if layout == .listItem || layout == .tableCell || layout == .preformatted || statisticsLine || sentence.isLabelledEntry() {
            return .layout
        }
        if sentence.isIndefiniteOne(figure) || sentence.describesIndefinite(figure) { return .indefinite }
        if figure.kind == .range, let low = figure.low, let high = figure.high, low > high { return .score }
        if sentence.isIdentifier(figure) { return .identifier }
        if frame.rate == nil, sentence.isDistributive(after: figure) { return .distributive }
        if sentence.isCompoundModifier(figure) { return .modifier }
        if frame.thing == nil { return .noThing }
        // Several values of one measure in one sentence, none a part of another: a list of
        // different items ("71 kWh and 95 kWh", "from 18,000 students to 1,180").
        // A share and a count of one thing are a part and its whole, not a list ("about half of
        // the university's 12,000 students").
        func isShare(_ f: Figure) -> Bool {
            f.isPercentage || (f.value ?? f.high ?? 0) > 0 && (f.value ?? f.high ?? 0) < 1
        }
        let siblings = claim.figures.enumerated().filter {
            $0.offset != index && $0.element.head == figure.head && isShare($0.element) == isShare(figure)
        }
        if !siblings.isEmpty, frame.role == .plain { return .enumeration }
        return nil
    }
}

/// A sentence as the frame reads it: tokens with their original capitalisation.
struct FrameSentence {
    struct Word {
        var key: String
        var capitalised: Bool
        var start: Int
        var end: Int
        /// Whether a possessive ’s or ’ follows.
        var possessive: Bool
        /// Whether every letter is a capital ("NEW DELHI").
        var allCapitals: Bool = false
    }

    let language: Language
    let words: [Word]
    /// Tokens, all kinds, for punctuation-sensitive reads.
    let tokens: [Token]

    init(_ text: String, language: Language) {
        self.language = language
        let scalars = Array(text.unicodeScalars)
        tokens = Tokenizer.tokens(in: text)
        var words: [Word] = []
        for (i, token) in tokens.enumerated() where token.kind == .word {
            let first = scalars[token.start]
            let capitalised = first.properties.isUppercase
            var possessive = false
            if i + 1 < tokens.count, tokens[i + 1].key == "'", tokens[i + 1].isAttached {
                possessive = i + 2 >= tokens.count || tokens[i + 2].key == "s" || token.key.hasSuffix("s")
            }
            let letters = scalars[token.start..<token.end].filter(\.properties.isAlphabetic)
            words.append(
                Word(
                    key: token.key, capitalised: capitalised, start: token.start, end: token.end, possessive: possessive,
                    allCapitals: letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)))
        }
        self.words = words
    }

    private var notNames: Set<String> { QuantityWords.list(QuantityWords.notNames, language) }

    private func isName(_ word: Word, at index: Int) -> Bool {
        word.capitalised && index > 0 && !notNames.contains(word.key)
            || word.capitalised && index == 0 && word.possessive
    }

    /// Named possessors before an offset ("Harris’ team", "Trump’s side").
    func possessors(before offset: Int) -> Set<String> {
        Set(words.enumerated().filter { $0.element.start < offset && $0.element.possessive && isName($0.element, at: $0.offset) }.map(\.element.key))
    }

    /// Whether a figure counts what someone or something has, and whose it is: right after a
    /// possession verb ("DonNU had about 20,000 students", "the complex contained 300 flats"),
    /// owned by the name just before the verb; or right after a possessive ("her 124,000
    /// followers", "the university's 12,000 students", "ses 200 millions de neurones"). Nil
    /// when it does not.
    func possession(of figure: Figure) -> Possession? {
        guard var index = words.lastIndex(where: { $0.end <= figure.start }), figure.start - words[index].end <= 1 else { return nil }
        // "the university’s 12,000": the "s" after the apostrophe is a word of its own.
        if words[index].key == "s", index > 0, words[index - 1].possessive { index -= 1 }
        let before = words[index]
        if before.possessive || QuantityWords.list(QuantityWords.possessives, language).contains(before.key) {
            return Possession(byVerb: false, owner: nil)
        }
        // "compte désormais 4 200 lits", "has still 40 ships": an adverb between the verb and the count.
        let verbs = QuantityWords.list(QuantityWords.possessionVerbs, language)
        if !verbs.contains(before.key), index > 0, verbs.contains(words[index - 1].key),
            QuantityWords.list(QuantityWords.possessionAdverbs, language).contains(before.key)
        {
            index -= 1
        }
        guard verbs.contains(words[index].key) else { return nil }
        guard index > 0 else { return Possession(byVerb: true, owner: nil) }
        let subject = words[index - 1]
        let named = subject.capitalised && !notNames.contains(subject.key)
            && (index - 1 > 0 || !QuantityWords.list(QuantityWords.subjectPronouns, language).contains(subject.key))
        return Possession(byVerb: true, owner: named ? subject.key : nil)
    }

    /// The noun a percentage is the level of: the word before "at" / "to" / "à", past a level
    /// verb ("its policy rate at 2.25 per cent", "unemployment stood at 4.1%", "le taux de
    /// chômage à 7 %"): a lower-case content word. Nil for a change ("rose 5%", "fell by 3%").
    func levelNoun(of figure: Figure) -> String? {
        guard var index = words.lastIndex(where: { $0.end <= figure.start }), figure.start - words[index].end <= 1,
            QuantityWords.list(QuantityWords.levelLinks, language).contains(words[index].key), index > 0
        else { return nil }
        index -= 1
        if QuantityWords.list(QuantityWords.levelVerbs, language).contains(words[index].key) {
            guard index > 0 else { return nil }
            index -= 1
        }
        let noun = words[index]
        guard !noun.capitalised, !noun.possessive, noun.key.count >= 4, !Stopwords.contains(noun.key, language: language),
            !QuantityWords.list(QuantityWords.levelVerbs, language).contains(noun.key)
        else { return nil }
        return noun.key
    }

    /// The thing a figure after "at" / "to" counts when its clause named the number before it:
    /// "the number of people killed in the war at up to 39,000" (people), "the death toll from a
    /// fire … rose to 10" (people, who died). Looks back at most 24 words: a toll's subject can be long.
    func numberNoun(of figure: Figure) -> (thing: String, event: String?)? {
        guard let link = words.lastIndex(where: { $0.end <= figure.start }), figure.start - words[link].end <= 1,
            QuantityWords.list(QuantityWords.levelLinks, language).contains(words[link].key)
        else { return nil }
        let numberNouns = QuantityWords.list(QuantityWords.numberNouns, language)
        let of = QuantityWords.list(QuantityWords.of, language)
        let tolls = QuantityWords.list(QuantityWords.tollNouns, language)
        var k = link - 1
        while k >= max(0, link - 24) {
            let key = words[k].key
            if tolls.contains(key), let people = QuantityWords.people[language] { return (people, QuantityWords.tollEvent) }
            if numberNouns.contains(key), k + 2 < link, of.contains(words[k + 1].key) {
                var n = k + 2
                while n < link, Stopwords.contains(words[n].key, language: language) { n += 1 }
                guard n < link, !words[n].capitalised, words[n].key.count >= 3 else { return nil }
                return (words[n].key, nil)
            }
            k -= 1
        }
        return nil
    }

    /// A percentage right after a verb of change ("shares have risen roughly 40%", "climbing
    /// more than 80%", "les prix ont augmenté de 3 %"): the change of the noun before the verb
    /// (past auxiliaries), and its direction, "up" or "down". Never a level ("rose to 7%").
    func change(of figure: Figure) -> (thing: String, direction: String)? {
        guard figure.isPercentage, var verb = words.lastIndex(where: { $0.end <= figure.start }), figure.start - words[verb].end <= 1
        else { return nil }
        if language == .french, QuantityWords.list(QuantityWords.changeLinks, language).contains(words[verb].key), verb > 0 { verb -= 1 }
        guard let direction = direction(of: words[verb].key, rising: QuantityWords.risingVerbs, falling: QuantityWords.fallingVerbs)
        else { return nil }
        var subject = verb - 1
        while subject > 0, QuantityWords.list(QuantityWords.changeAuxiliaries, language).contains(words[subject].key) { subject -= 1 }
        guard subject >= 0 else { return nil }
        let noun = words[subject]
        // A capital opens the sentence ("Exports fell 12%") or a name (no common noun).
        guard !noun.capitalised || subject == 0, !noun.possessive, noun.key.count >= 4, !Stopwords.contains(noun.key, language: language)
        else { return nil }
        return (Stemmer.stem(noun.key, language: language) + "~change", direction)
    }

    /// A percentage with a noun of change: "a 3.2% drop in agriculture", "a 5% rise in
    /// prices", "une hausse de 3 % des loyers": the change of the noun that follows, with its
    /// direction, as `change(of:)` reads "prices rose 5%".
    func nominalChange(of figure: Figure) -> (thing: String, direction: String)? {
        guard figure.isPercentage else { return nil }
        func direction(_ key: String) -> String? {
            self.direction(of: key, rising: QuantityWords.risingNouns, falling: QuantityWords.fallingNouns)
        }
        func noun(from index: Int) -> String? {
            var n = index
            while n < words.count, Stopwords.contains(words[n].key, language: language) { n += 1 }
            guard n < words.count, !words[n].capitalised, words[n].key.count >= 4 else { return nil }
            return Stemmer.stem(words[n].key, language: language) + "~change"
        }
        if language == .french {
            // "une hausse de 3 % des loyers"
            let before = wordsBefore(figure.start, count: 2)
            guard before.count == 2, QuantityWords.list(QuantityWords.changeLinks, language).contains(before[1].key), let way = direction(before[0].key),
                let next = words.firstIndex(where: { $0.start >= figure.end }), let thing = noun(from: next)
            else { return nil }
            return (thing, way)
        }
        // "a 3.2% drop in agriculture and mining"
        guard let next = words.firstIndex(where: { $0.start >= figure.end }), words[next].start - figure.end <= 1,
            let way = direction(words[next].key), next + 1 < words.count,
            QuantityWords.list(QuantityWords.changeLinks, language).contains(words[next + 1].key),
            let thing = noun(from: next + 2)
        else { return nil }
        return (thing, way)
    }

    /// "up" or "down" for a word of change in one of the two tables, else nil.
    private func direction(of key: String, rising: [Language: Set<String>], falling: [Language: Set<String>]) -> String? {
        if QuantityWords.list(rising, language).contains(key) { return "up" }
        return QuantityWords.list(falling, language).contains(key) ? "down" : nil
    }

    /// What `possession(of:)` found: a possession verb or a possessive, and the owner's name
    /// when the sentence gives it as the verb's subject.
    struct Possession {
        var byVerb: Bool
        var owner: String?
    }

    /// The second noun of a count of two coordinated plurals ("25 streets and squares", "300
    /// élèves et enseignants"): the figure counts both. Nil for a list of counted items ("two
    /// streets and a square": a determiner or a number follows the conjunction).
    func coordinatedNoun(of figure: Figure) -> String? {
        guard let noun = figure.noun, let last = Tokenizer.tokens(in: noun).last?.key else { return nil }
        let after = wordsAfter(figure.end, count: 6)
        guard let i = after.firstIndex(where: { $0.key == last }), i + 2 < after.count,
            QuantityWords.list(QuantityWords.conjunctions, language).contains(after[i + 1].key)
        else { return nil }
        let next = after[i + 2]
        guard !next.capitalised, next.key.count >= 3, next.key.hasSuffix("s") || next.key.hasSuffix("x"),
            !Stopwords.contains(next.key, language: language), next.key.first?.isNumber == false
        else { return nil }
        return next.key
    }

    /// Months named without a year and weekdays ("in May", "on Wednesday", "en mars", "mardi"),
    /// as "m5" and "d3", outside the spans of `dates` (a month of a full date is the date's).
    /// Only a moment something happens at, introduced as one (`QuantityWords.momentLinks`: "in
    /// May", "last Wednesday", "en mars"; a French weekday stands alone, "a annoncé mardi") —
    /// not a deadline ("by mid-October", "before September is out", "d'ici mardi"). An
    /// English name must be capitalised, a French one not (inside the sentence).
    func moments(outside dates: [DateMention]) -> Set<String> {
        Set(momentWords(outside: dates).map(\.moment))
    }

    /// `moments(outside:)` with the word each moment was read from (folded, and its offsets),
    /// in sentence order.
    func momentWords(outside dates: [DateMention]) -> [(moment: String, word: String, start: Int, end: Int)] {
        let table = QuantityWords.moments[language] ?? [:]
        let links = QuantityWords.list(QuantityWords.momentLinks, language)
        let deadlines = QuantityWords.list(QuantityWords.momentDeadlines, language)
        var found: [(moment: String, word: String, start: Int, end: Int)] = []
        for (i, word) in words.enumerated() {
            // A month inside a calendar date is the date's; a weekday read as a relative time is not a date.
            guard let moment = table[word.key],
                !dates.contains(where: { $0.kind != .relative && $0.start <= word.start && word.end <= $0.end })
            else { continue }
            if language == .english, !word.capitalised { continue }
            // French writes months and weekdays in lower case: "Mars" inside a sentence is the planet.
            if language == .french, word.capitalised, i > 0 { continue }
            // A month beside a day number ("October 18", "le 18 octobre") names a day: "x".
            if moment.hasPrefix("m"), let t = tokens.firstIndex(where: { $0.start == word.start }) {
                func isDay(_ index: Int) -> Bool {
                    tokens.indices.contains(index) && tokens[index].kind == .digits && tokens[index].end - tokens[index].start <= 2
                }
                if isDay(t + 1) || isDay(t - 1) {
                    found.append(("x", word.key, word.start, word.end))
                    continue
                }
            }
            let before = i > 0 ? words[i - 1].key : ""
            let standsAlone = language == .french && moment.hasPrefix("d") && !deadlines.contains(before)
            guard links.contains(before) || standsAlone else { continue }
            found.append((moment, word.key, word.start, word.end))
        }
        return found
    }

    /// Names introduced by a place preposition ("in Pennsylvania", "à Lyon") or a place noun
    /// ("the city of Valencia", "la ville de Lyon").
    func places() -> Set<String> {
        let prepositions = QuantityWords.list(QuantityWords.placePrepositions, language)
        var found: Set<String> = []
        for (i, word) in words.enumerated().dropFirst() where prepositions.contains(words[i - 1].key) && isName(word, at: i) {
            found.insert(word.key)
        }
        // "the Spanish city of Valencia", "la ville de Lyon".
        let placeNouns = QuantityWords.list(QuantityWords.placeNouns, language)
        let of = QuantityWords.list(QuantityWords.of, language)
        for (i, word) in words.enumerated().dropFirst(2)
        where of.contains(words[i - 1].key) && placeNouns.contains(words[i - 2].key) && !words[i - 2].capitalised && isName(word, at: i) {
            found.insert(word.key)
        }
        return found
    }

    /// Whether the clause of the figure projects ("will", "could", "expected to").
    ///
    /// A relative clause after the figure is another statement ("found fewer than 50 counties
    /// where a family could …"), and a capitalised "May" inside a sentence is the month.
    func isProjected(around figure: Figure) -> Bool {
        let cues = QuantityWords.list(QuantityWords.projected, language)
        let relatives = QuantityWords.list(QuantityWords.relatives, language)
        var (from, to) = clause(of: figure)
        if let relative = words.first(where: { $0.start >= figure.end && $0.end <= to && relatives.contains($0.key) }) { to = relative.start }
        return words.enumerated().contains { i, word in
            word.start >= from && word.end <= to && cues.contains(word.key) && !(word.key == "may" && word.capitalised && i > 0)
        }
    }

    /// Whether the sentence says it speaks of another entity or an earlier one ("another
    /// study", "the other shift", "an earlier raid"). "Another" right before a figure adds to a
    /// count ("another 30 people were injured"), and "others" stands for the counted people.
    func marksOtherEntity(besides figures: [Figure]) -> Bool {
        let cues = QuantityWords.list(QuantityWords.otherEntity, language)
        let earlier = QuantityWords.list(QuantityWords.earlierEntity, language)
        let starts = Set(figures.map(\.start))
        let firstFigure = figures.map(\.start).min() ?? 0
        return words.enumerated().contains { i, word in
            // "an earlier raid", "the previous cycle" before the count; not "his former girlfriend" after it.
            if earlier.contains(word.key) { return word.end <= firstFigure }
            guard cues.contains(word.key), word.key != "others" else { return false }
            // "26 different countries", "five separate counts": a count of several, not another one
            // (a figure in digits is no word: it ends right before the cue).
            if figures.contains(where: { (0...1).contains(word.start - $0.end) }) { return false }
            if i > 0, figures.contains(where: { $0.end == words[i - 1].end }) { return false }
            return !(i + 1 < words.count && starts.contains(words[i + 1].start))
                && !figures.contains(where: { (0...1).contains($0.start - word.end) })
        }
    }

    /// Whether a word right after the figure counts others than the ones counted before ("40
    /// other survivors", "a dozen more", "trois autres blessés").
    func isIncrement(_ figure: Figure) -> Bool {
        guard let next = wordsAfter(figure.end, count: 1).first, next.start - figure.end <= 1 else { return false }
        return QuantityWords.list(QuantityWords.incrementAfter, language).contains(next.key)
    }

    /// The period or item a figure is counted per: "a day", "per woman", "par jour", or a rate
    /// adjective after its noun ("quotidiens", "annuelles") or before it ("daily"); nil for a total.
    func rate(of figure: Figure) -> String? {
        let next = wordsAfter(figure.end, count: 6)
        // "each giving $2,800", "$5 each": a share of each, comparable with another share of each.
        let each = QuantityWords.list(QuantityWords.eachBefore, language)
        if (wordsBefore(figure.start, count: 2) + next.prefix(2)).contains(where: { each.contains($0.key) }) { return "each" }
        // An adjective right after the counted noun, or between the figure and it.
        for word in next.prefix(3) + wordsBefore(figure.start, count: 1) {
            if let period = QuantityWords.rateAdjectives[word.key] { return period }
        }
        let cues = QuantityWords.list(QuantityWords.rateCues, language)
        let measures = QuantityWords.list(QuantityWords.measures, language)
        for (k, word) in next.enumerated() where cues.contains(word.key) && k + 1 < next.count {
            let unit = next[k + 1]
            if let period = QuantityWords.periods[unit.key] { return period }
            // "signés par 3 191 auteurs", "par les autorités": an agent, not a rate.
            if unit.key.first?.isNumber == true || Stopwords.contains(unit.key, language: language) { continue }
            if ["a", "an", "every", "chaque"].contains(word.key) && !measures.contains(unit.key) { continue }
            return Stemmer.stem(unit.key, language: language)
        }
        // "60.000 tweets en une journée", "in a single day", "within 24 hours": counted within
        // one period, comparable only with a count within the same period.
        for (k, word) in next.enumerated() where QuantityWords.withinCues.contains(word.key) {
            for unit in next.dropFirst(k + 1).prefix(3) {
                if let period = QuantityWords.periods[unit.key] { return period }
                if !QuantityWords.withinFillers.contains(unit.key) { break }
            }
        }
        return nil
    }

    /// The counted thing a figure with no noun of its own takes from the whole it is a part of:
    /// "Eight of the 10 questions", "More than 330 of the resort’s 397 rooms", "15 des 57 revues".
    func partitiveHeads(of figures: [Figure]) -> [Int: String] {
        let links = QuantityWords.list(QuantityWords.partOf, language)
        var heads: [Int: String] = [:]
        for (i, figure) in figures.enumerated() where figure.head == nil && figure.kind != .vague && !figure.isPercentage {
            guard i + 1 < figures.count, let head = figures[i + 1].head else { continue }
            let between = words.filter { $0.start >= figure.end && $0.end <= figures[i + 1].start }
            guard let first = between.first, links.contains(first.key), between.count <= 4 else { continue }
            heads[i] = head
        }
        return heads
    }

    /// Content words (four letters or more; not the counted thing, the event or a unit) in
    /// the figure's clause, stemmed.
    func contentWords(near figure: Figure, excluding: [String], measures: Set<String>, figures: [Figure]) -> Set<String> {
        let (from, to) = clause(of: figure)
        let excluded = Set(excluding.map { Stemmer.stem($0, language: language) })
        return Set(
            words.filter { word in
                word.start >= from && word.end <= to && !figures.contains { word.start < $0.end && word.end > $0.start }
            }
                .map(\.key).filter { $0.count >= 4 && !measures.contains($0) && !Stopwords.contains($0, language: language) }
                .map { Stemmer.stem($0, language: language) }.filter { !excluded.contains($0) })
    }

    /// Whether a figure is a sum of money: a currency sign right before or after it ("$8.8
    /// billion", "2 000 €"), or counted in a currency ("24.4 million euros"; not "pounds of").
    func isMoney(_ figure: Figure, thing: String?) -> Bool {
        let signs: Set<String> = ["$", "€", "£", "¥"]
        if let i = tokens.firstIndex(where: { $0.start >= figure.start }) {
            if i > 0, signs.contains(tokens[i - 1].key) { return true }
            if signs.contains(tokens[i].key) { return true }
        }
        if let j = tokens.firstIndex(where: { $0.start >= figure.end }), signs.contains(tokens[j].key) { return true }
        guard let thing else { return false }
        let currencies = QuantityWords.list(QuantityWords.currencies, language)
        return currencies.contains(thing) || thing.hasSuffix("s") && currencies.contains(String(thing.dropLast()))
    }

    /// Whether the word right before the figure is its verb ("killed 1,200", "reached 408"),
    /// not a preposition ("au nombre de vingt") or a noun ("la section 37").
    func follows(_ event: String, _ figure: Figure) -> Bool {
        guard let before = wordsBefore(figure.start, count: 1).first, figure.start - before.end <= 1 else { return false }
        return Stemmer.stem(before.key, language: language) == Stemmer.stem(event, language: language)
            || before.key.count >= 4 && event.count >= 4 && before.key.prefix(4) == event.prefix(4)
    }

    /// Whether a figure is a person's age: "73 years old", "aged 73", "âgée de 34 ans".
    func isAge(_ figure: Figure) -> Bool {
        let after = wordsAfter(figure.end, count: 2)
        if after.count == 2, QuantityWords.list(QuantityWords.ageAfter, language).contains(after[1].key) { return true }
        return wordsBefore(figure.start, count: 2).contains { QuantityWords.list(QuantityWords.ageBefore, language).contains($0.key) }
    }

    /// Whether an auxiliary follows the figure at once ("50 were expelled", "20 ont été tués").
    func isFollowedByAuxiliary(_ figure: Figure) -> Bool {
        guard let next = wordsAfter(figure.end, count: 1).first else { return false }
        return QuantityWords.list(QuantityWords.auxiliaries, language).contains(next.key)
    }

    /// Whether the sentence is a labelled entry ("Jane Doe: possession of …", "Score: 3"): a
    /// colon within its first six words.
    func isLabelledEntry() -> Bool {
        guard let colon = tokens.first(where: { $0.key == ":" }) else { return false }
        let before = words.filter { $0.end <= colon.start }
        // A dateline in capitals ("NEW DELHI: …", "KYIV, Ukraine:") opens a news sentence, not an entry.
        if let first = before.first, first.allCapitals, before.count <= 4, before.allSatisfy(\.capitalised) { return false }
        return before.count <= 6
    }

    /// Whether the figure is the number "one" written out ("one study", "une étude"): an
    /// indefinite article more often than a count.
    func isIndefiniteOne(_ figure: Figure) -> Bool {
        guard figure.value == 1, figure.kind != .range else { return false }
        return words.contains { $0.start >= figure.start && $0.end == figure.end && ["one", "un", "une"].contains($0.key) }
    }

    /// Whether the figure describes one of several like things: a sample, size or part of an
    /// entity introduced with an indefinite ("one study in 15 people", "a review of 14 studies",
    /// "une enquête auprès de 1 000 personnes").
    func describesIndefinite(_ figure: Figure) -> Bool {
        let links = QuantityWords.list(QuantityWords.attributeLinks, language)
        let indefinites = QuantityWords.list(QuantityWords.indefinites, language)
        // "<indefinite> [adjective] <noun> <link> FIGURE": the link stands right before the figure.
        let before = wordsBefore(figure.start, count: 4)
        guard let link = before.last, links.contains(link.key), figure.start - link.end <= 1 else { return false }
        return before.dropLast().suffix(3).dropLast().contains { indefinites.contains($0.key) }
    }

    /// The figure's role among the figures of its sentence: a whole is introduced as one ("a
    /// total of 80", "of the 18", "sur 80"), and the figures of the same thing beside a whole
    /// are its parts; "all four", "both" and "tous les trois" name a part of a group already named.
    func role(of figure: Figure, at index: Int, among figures: [Figure]) -> QuantityFrame.Role {
        let siblings = figures.indices.filter { $0 != index && figure.head != nil && figures[$0].head == figure.head }
        if !siblings.isEmpty, introducesWhole(figures[index]) { return .whole }
        if siblings.contains(where: { introducesWhole(figures[$0]) }) { return .part }
        let group = QuantityWords.list(QuantityWords.groupOpeners, language)
        if let before = wordsBefore(figure.start, count: 1).first, group.contains(before.key) { return .part }
        return .plain
    }

    /// The figure of the same thing in the sentence introduced as the whole a part is taken from.
    func whole(of figure: Figure, at index: Int, among figures: [Figure]) -> Figure? {
        figures.indices.first { $0 != index && figure.head != nil && figures[$0].head == figure.head && introducesWhole(figures[$0]) }
            .map { figures[$0] }
    }

    /// Whether the words right before a figure introduce it as a whole: "of 80", "of the 18",
    /// "a total of 80", "sur les 80".
    private func introducesWhole(_ figure: Figure) -> Bool {
        let cues = QuantityWords.list(QuantityWords.partitive, language)
        let before = tokens.filter { $0.end <= figure.start }.suffix(2)
        guard let last = before.last, last.kind == .word else { return false }
        if cues.contains(last.key) { return true }
        let articles: Set<String> = ["the", "les", "des"]
        return articles.contains(last.key) && before.count == 2 && cues.contains(before.first!.key)
    }

    /// Whether the number names a thing rather than counts it: glued to letters or a hyphen
    /// and digits ("787-9", "A320"), or after a name ("Boeing 737", "Article 5").
    func isIdentifier(_ figure: Figure) -> Bool {
        // "7/32", "15/20": a fraction or a grade written with a slash, not a count.
        if tokens.contains(where: { $0.key == "/" && $0.start >= figure.start && $0.end <= figure.end }) { return true }
        if let i = tokens.firstIndex(where: { $0.start == figure.start }), i > 0 {
            let previous = tokens[i - 1]
            // Glued to the word before ("A320"); a possessive "’s" before a figure is not a name
            // ("the country’s 241 million users").
            if previous.kind == .word, tokens[i].isAttached, previous.end == figure.start { return true }
            if previous.key == "-", previous.isAttached, i >= 2, tokens[i - 2].kind == .digits { return true }
        }
        if let j = tokens.firstIndex(where: { $0.end == figure.end }), j + 2 < tokens.count, tokens[j + 1].key == "-",
            tokens[j + 1].isAttached, tokens[j + 2].isAttached, tokens[j + 2].kind == .digits
        {
            return true
        }
        guard figure.hedge == nil, let before = wordsBefore(figure.start, count: 1).first,
            let index = words.firstIndex(where: { $0.start == before.start })
        else { return false }
        let adjacent = words.filter { $0.end <= figure.start }.last?.start == before.start
        return adjacent && isName(before, at: index) && !before.possessive && figure.start - before.end <= 1
    }

    /// Whether the number is half of a compound adjective ("a three-game streak", "an
    /// 80-year-old man"): it describes another noun, it does not count one.
    func isCompoundModifier(_ figure: Figure) -> Bool {
        // "a $100-million transformation": a hyphen joins the scale only in an adjective.
        if let hyphen = figure.text.firstIndex(of: "-"), hyphen != figure.text.startIndex,
            figure.text[figure.text.index(before: hyphen)].isNumber, figure.text.last?.isLetter == true
        {
            return true
        }
        guard let j = tokens.firstIndex(where: { $0.end == figure.end }), j + 2 < tokens.count else { return false }
        return tokens[j + 1].key == "-" && tokens[j + 1].isAttached && tokens[j + 2].isAttached && tokens[j + 2].kind == .word
    }

    /// Whether the figure is a rate ("$9.99 a month", "three per household", "$5 each").
    func isDistributive(after figure: Figure) -> Bool {
        let cues = QuantityWords.list(QuantityWords.distributive, language)
        let measures = QuantityWords.list(QuantityWords.measures, language)
        if let j = tokens.firstIndex(where: { $0.end == figure.end }), j + 1 < tokens.count, tokens[j + 1].key == "/" { return true }
        let next = wordsAfter(figure.end, count: 4)
        for (k, word) in next.enumerated() where cues.contains(word.key) {
            if ["a", "an", "every", "chaque"].contains(word.key) {
                if k + 1 < next.count, measures.contains(next[k + 1].key) { return true }
            } else {
                return true
            }
        }
        if let j = tokens.firstIndex(where: { $0.end == figure.end }),
            tokens[(j + 1)...].prefix(3).contains(where: { $0.key == "/" })
        {
            return true
        }
        return false
    }

    private func wordsBefore(_ offset: Int, count: Int) -> [Word] { Array(words.filter { $0.end <= offset }.suffix(count)) }
    private func wordsAfter(_ offset: Int, count: Int) -> [Word] { Array(words.filter { $0.start >= offset }.prefix(count)) }

    /// The scalar range of the clause holding a figure: between the nearest `;`, `:` or
    /// sentence bounds (commas do not end a clause: "Out of 80 spies, around 50 were expelled").
    private func clause(of figure: Figure) -> (Int, Int) {
        var from = 0
        var to = Int.max
        for token in tokens where token.kind == .punctuation && (token.key == ";" || token.key == ":") {
            if token.end <= figure.start { from = token.end } else if token.start >= figure.end { to = min(to, token.start) }
        }
        return (from, to)
    }
}
