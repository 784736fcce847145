import ClaimCheckText

extension Matcher {
    /// Pairs the claim's figures and dates with the passage's, decides the agreement and
    /// writes the reasons.
    ///
    /// - A claim figure is paired with a passage figure when both count the same thing
    ///   (`SameQuantity`). When either figure has no counted noun, or the heads match but the
    ///   predicates do not ("cut power to 6,500 homes" / "6,500 homes were left without
    ///   power"), the pair is kept only if the two agree: it can support, never conflict.
    /// - A claim figure agrees when one of its pairs agrees; it conflicts when all its pairs are
    ///   disjoint (a pair hedged differently, "up to fifty" / "une cinquantaine", is neither).
    ///   A claim date agrees when a passage date overlaps it; it conflicts when none does and
    ///   one of the same granularity is disjoint.
    /// - `.conflicts`: a figure conflicts and coverage ≥ `conflict`, or a date conflicts and
    ///   coverage ≥ `dateConflict` (or a figure of the passage counts the same thing).
    /// - `.supports`: nothing conflicts and a figure agrees (claims with figures), a date
    ///   agrees (claims with dates only), with coverage ≥ `support` — or ≥ `related` when two
    ///   independent facts agree (among figures, days or months, and names of four letters or
    ///   more: "Jane Doe … in November 2020"); a claim with
    ///   neither needs coverage ≥ `supportWithoutFigures`.
    /// - `.related` otherwise.
    func judge(
        _ query: MatchQuery, passage: Passage, language: Language, text: Double, coverage: Double, proximity: Double = 0,
        terms: [String],
        names: [String] = [], claimNames: [String] = []
    ) -> PassageMatch {
        let quantity = SameQuantity(lexicon: lexicon, cognateSimilarity: thresholds.cognateSimilarity)
        let claimPolarity = Polarity(query.text, language: query.language)
        let passagePolarity = Polarity(passage.text, language: language)
        var frame: FrameSlots? = nil
        func slots() -> FrameSlots {
            if let frame { return frame }
            var memo = TermAnalyzer.Memo()
            var found: Set<String> = []
            _ = analyzer.terms(
                of: passage.text, language: language, figures: passage.figures, dates: passage.dates, memo: &memo,
                names: &found)
            let made = FrameSlots(
                claim: claimPolarity, passage: passagePolarity, claimDates: query.dates, passageDates: passage.dates,
                claimNames: Set(claimNames), foundNames: Set(names),
                passageOnlyNames: Set(found.filter { $0.count >= 4 }).subtracting(claimNames))
            frame = made
            return made
        }
        // The quantity frames of both sides' figures (`Quantities/`), read when a difference
        // has to be judged: a differing figure conflicts only within one frame.
        var frames: (claim: [QuantityFrame], passage: [QuantityFrame])? = nil
        func quantityFrames() -> (claim: [QuantityFrame], passage: [QuantityFrame]) {
            if let frames { return frames }
            func framesOf(_ text: String, _ language: Language, _ figures: [Figure], _ dates: [DateMention]) -> [QuantityFrame] {
                QuantityFrame.frames(
                    of: Claim(
                        id: "c1", text: text, line: 1, column: 1, paragraph: 0, language: language, figures: figures, dates: dates,
                        quotes: [], attributions: [], links: [])
                ).map { $0.countingPeople(lexicon: lexicon) }
            }
            let made = (
                framesOf(query.sentence ?? query.text, query.language, query.figures, query.dates),
                framesOf(passage.text, language, passage.figures, passage.dates)
            )
            frames = made
            return made
        }
        var notes: [String] = []
        let matchedTerms = Set(terms)
        var figurePairs: [FigurePair] = []
        var figureAgrees = false
        var figureConflicts = false
        var facts = 0
        for (claimIndex, claim) in query.figures.enumerated() {
            var pairs: [FigurePair] = []
            for other in passage.figures {
                let comparison = Figure.compare(claim, other)
                switch relation(
                    claim, query.language, other, language, quantity: quantity, matched: matchedTerms,
                    texts: (query.text, passage.text))
                {
                case .same:
                    pairs.append(FigurePair(claim: claim, passage: other, comparison: comparison))
                case .sameNoun where comparison == .agree:
                    pairs.append(FigurePair(claim: claim, passage: other, comparison: comparison, predicatesMatch: false))
                case .unknown where comparison == .agree:
                    pairs.append(FigurePair(claim: claim, passage: other, comparison: comparison, nounsKnown: false))
                default:
                    continue
                }
            }
            if pairs.contains(where: { $0.comparison == .agree }) {
                figureAgrees = true
                if pairs.contains(where: { $0.comparison == .agree && $0.nounsKnown && $0.predicatesMatch }) { facts += 1 }
            } else if !pairs.isEmpty, pairs.allSatisfy({ $0.comparison == .conflict }) {
                if let why = slots().difference(claim, pairs[0].passage, coverage: coverage, restatement: thresholds.restatement)
                    ?? frameDifference(claimIndex, pairs[0].passage, in: quantityFrames(), passage: passage, quantity: quantity)
                {
                    notes.append("figure \(claim.text) ≠ \(pairs[0].passage.text) is not a conflict: \(why)")
                } else {
                    figureConflicts = true
                }
            }
            figurePairs += pairs
        }
        var datePairs: [DatePair] = []
        var dateAgrees = false
        var dateConflicts = false
        let claimDates = query.dates.filter(Self.isCalendarDate)
        let claimText = query.sentence ?? query.text
        var periodStart: (claim: DateMention, passage: DateMention)? = nil
        var momentConflict: DatePair? = nil
        for claim in claimDates {
            var pairs: [DatePair] = []
            let claimOpens = Self.opensPeriod(claim, in: claimText, language: query.language)
            for other in passage.dates where Self.isCalendarDate(other) {
                if Self.overlap(claim, other) {
                    pairs.append(DatePair(claim: claim, passage: other, comparison: .agree))
                } else if claim.kind == other.kind {
                    // "since 1995" opens a period that runs to the time of writing: another
                    // year is another period ("no warming since 1995" / "since 1979"), not a
                    // contradiction of it.
                    if claimOpens || Self.opensPeriod(other, in: passage.text, language: language) {
                        if periodStart == nil { periodStart = (claim, other) }
                        continue
                    }
                    pairs.append(DatePair(claim: claim, passage: other, comparison: .conflict))
                }
            }
            if pairs.contains(where: { $0.comparison == .agree }) {
                dateAgrees = true
                if claim.kind != .year { facts += 1 }
            } else if !pairs.isEmpty {
                dateConflicts = true
            }
            datePairs += pairs
        }
        // Weekdays and months without a year, which the date engine leaves undated ("on
        // Wednesday" / "mardi", "in May" / "en avril"): one of the claim's against only others
        // of the same kind in the passage is a date that differs.
        let claimMoments = FrameSentence(claimText, language: query.language).momentWords(outside: query.dates)
        if !claimMoments.isEmpty {
            let passageMoments = FrameSentence(passage.text, language: language).momentWords(outside: passage.dates)
            for kind in ["m", "d"] {
                let mine = claimMoments.filter { $0.moment.hasPrefix(kind) }
                let theirs = passageMoments.filter { $0.moment.hasPrefix(kind) }
                guard let first = mine.first, let other = theirs.first else { continue }
                if Set(mine.map(\.moment)).isDisjoint(with: theirs.map(\.moment)), momentConflict == nil {
                    func mention(_ m: (moment: String, word: String, start: Int, end: Int), in text: String) -> DateMention {
                        let written = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(m.start).prefix(m.end - m.start)))
                        return DateMention(text: written, start: m.start, end: m.end, kind: .relative, firstDay: nil, lastDay: nil)
                    }
                    momentConflict = DatePair(claim: mention(first, in: claimText), passage: mention(other, in: passage.text), comparison: .conflict)
                }
            }
        }
        // A date differs within one frame only when nothing else tells the two apart: when one
        // of the claim's dates is the passage's, the others date other things ("IPCC (2013),
        // USGCRP (2017)" / "as of 2013"); when the figures counting the same thing differ too,
        // the passage reports another period or event ("918 million tons in 2018" / "67.32
        // million tons in 2011"), not a conflict.
        let figuresDiffer = !figurePairs.isEmpty && !figurePairs.contains { $0.comparison == .agree }
            && figurePairs.contains { $0.nounsKnown && $0.predicatesMatch }
        // Nor when the claim's figures are none of the passage's, which has figures of its own:
        // it reports other quantities, of another study or period ("58 papers published in
        // 2017" / "a 2013 study … 11,944 abstracts").
        let otherFigures = !query.figures.isEmpty && !passage.figures.isEmpty && !figureAgrees
        let excused = dateAgrees || figuresDiffer || otherFigures
        func excuse(_ pair: DatePair) {
            let why =
                dateAgrees
                ? "another of the claim's dates is the passage's"
                : figuresDiffer ? "the figures differ too (another period)" : "the passage's figures are not the claim's (another study or period)"
            notes.append("date \(pair.claim.text) ≠ \(pair.passage.text) is not a conflict: " + why)
        }
        if dateConflicts, excused, let pair = datePairs.first(where: { $0.comparison == .conflict }) {
            dateConflicts = false
            excuse(pair)
        }
        if let pair = momentConflict {
            if excused {
                excuse(pair)
            } else {
                dateConflicts = true
                datePairs.append(pair)
            }
        }
        if let (claim, other) = periodStart, !dateConflicts {
            notes.append("date \(claim.text) ≠ \(other.text) is not a conflict: a period that starts then (since)")
        }
        // A name of the claim found in the passage is one more independent fact.
        if !names.isEmpty { facts += 1 }
        let sameQuantityFound = figurePairs.contains { $0.nounsKnown && $0.predicatesMatch }
        let agreement: Agreement
        if (figureConflicts && coverage >= thresholds.conflict)
            || (dateConflicts && coverage >= (sameQuantityFound ? thresholds.conflict : thresholds.dateConflict))
        {
            agreement = .conflicts
        } else if figureConflicts || dateConflicts {
            agreement = .related
        } else {
            let needed = facts >= 2 ? thresholds.related : thresholds.support
            let supported: Bool
            if !query.figures.isEmpty {
                supported = figureAgrees && coverage >= needed
            } else if !claimDates.isEmpty {
                supported = dateAgrees && coverage >= needed
            } else {
                supported = coverage >= thresholds.supportWithoutFigures
            }
            // A figure that agrees in a passage dated otherwise is of another period: the claim's
            // dates are none of the passage's, which has dates of its own ("the five warmest
            // years … since 2010" / "four of the five warmest years since 1850").
            let passageCalendar = passage.dates.filter(Self.isCalendarDate)
            let otherPeriod = !query.figures.isEmpty && !claimDates.isEmpty && !dateAgrees && !passageCalendar.isEmpty
            if supported, otherPeriod {
                notes.append("another period: the claim's dates are not the passage's")
                agreement = .related
            } else if supported, claimPolarity.negated != passagePolarity.negated {
                notes.append(claimPolarity.negated ? "polarity: the claim is negated, the passage is not" : "polarity: the passage is negated, the claim is not")
                agreement = .related
            } else if supported, passagePolarity.rebuts != claimPolarity.rebuts {
                notes.append(passagePolarity.rebuts ? "polarity: the passage disputes what it repeats" : "polarity: the claim disputes what the passage says")
                agreement = .related
            } else {
                agreement = supported ? .supports : .related
            }
        }
        if agreement == .conflicts, let pair = figurePairs.first(where: { $0.comparison == .conflict }) {
            notes.append("same frame: " + slots().matched(pair).joined(separator: ", "))
        }
        // A period start against another year is still a date of the claim's kind in the passage.
        let evidence = figurePairs.contains(where: { $0.nounsKnown }) || !datePairs.isEmpty || periodStart != nil ? 1.0 : 0.0
        let w = thresholds.figureEvidenceWeight
        let score = min(1, (1 - w) * text + w * evidence + thresholds.proximityWeight * proximity)
        return PassageMatch(
            sourceID: passage.sourceID, passage: passage, score: score, coverage: coverage, agreement: agreement,
            figures: figurePairs, dates: datePairs, terms: terms,
            reasons: Self.reasons(terms: terms, names: names, figures: figurePairs, dates: datePairs) + notes)
    }

    /// Why the claim's figure `claimIndex` and a passage figure are not one quantity by their
    /// frames (`QuantityFrame.relation`: thing, event, year, actor, place, modality, part or
    /// whole), or nil when they are. A side whose frame names no thing or event is judged by
    /// the other slots alone (the pair already counts the same thing by its noun).
    func frameDifference(
        _ claimIndex: Int, _ other: Figure, in frames: (claim: [QuantityFrame], passage: [QuantityFrame]), passage: Passage,
        quantity: SameQuantity
    ) -> String? {
        guard frames.claim.indices.contains(claimIndex),
            let otherIndex = passage.figures.firstIndex(where: { $0.start == other.start && $0.end == other.end }),
            frames.passage.indices.contains(otherIndex)
        else { return nil }
        var a = frames.claim[claimIndex]
        var b = frames.passage[otherIndex]
        // The pair was made because both count the same thing: what a frame misses there is
        // taken from the other side, so only the slots both fill can tell them apart.
        if a.notClaimLevel == .noThing { a.notClaimLevel = nil }
        if b.notClaimLevel == .noThing { b.notClaimLevel = nil }
        if a.thing == nil || b.thing == nil { a.thing = a.thing ?? b.thing; b.thing = b.thing ?? a.thing }
        // Things read from the two heads the pair was made on are one thing, however the pair
        // tied them (a multi-word term across languages: "beds" / "lits d'hôpital").
        if let x = a.thing, let y = b.thing, x != y, x == a.figure.head.map(BilingualLexicon.fold), y == b.figure.head.map(BilingualLexicon.fold) {
            b.thing = x
        }
        if a.event == nil || b.event == nil { a.event = a.event ?? b.event; b.event = b.event ?? a.event }
        if a.thing == nil { return nil }
        if a.event == nil { a.event = "-"; b.event = "-" }
        if case .different(let why) = a.relation(to: b, quantity: quantity) { return why }
        return nil
    }

    /// `SameQuantity`'s relation, and two counted nouns that hold one multi-word term
    /// ("polling stations" / "bureaux de vote") name the same thing.
    ///
    /// A claim figure without a counted noun ("puts the number of inspectors at 310") is
    /// comparable, for agreement only, with a passage figure whose head the claim's matched
    /// terms hold ("310 inspectors").
    func relation(
        _ a: Figure, _ la: Language, _ b: Figure, _ lb: Language, quantity: SameQuantity, matched: Set<String> = [],
        texts: (String, String)? = nil
    ) -> SameQuantity.Relation {
        let relation = quantity.relation(a, la, b, lb)
        guard relation != .same, a.isPercentage == b.isPercentage else { return relation }
        if relation == .different, a.head == nil, let head = b.head {
            let folded = BilingualLexicon.fold(head)
            let forms = [Stemmer.stem(folded, language: lb), lexicon.concept(of: folded, language: lb)].compactMap { $0 }
            if forms.contains(where: matched.contains) { return .unknown }
        }
        // The counted noun as written after the figure ("1 200 bureaux de vote"), where the
        // figure engine keeps only its first word.
        func after(_ f: Figure, _ text: String?) -> String? {
            guard let text, f.end >= 0, f.end <= text.unicodeScalars.count else { return f.noun }
            let tail = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(f.end).prefix(40)))
            return (f.noun ?? "") + " " + tail
        }
        guard let na = after(a, texts?.0), let nb = after(b, texts?.1) else { return relation }
        let phrases = analyzer.phrases
        var ca = phrases.concepts(in: na, language: la)
        var cb = phrases.concepts(in: nb, language: lb)
        // A bare head across languages names the other side's whole phrase ("4,200 beds" / "4 200
        // lits d'hôpital"); within one language the head alone stays a word ("beds" / "hospital beds"
        // already share it).
        if la != lb, ca.isEmpty, let head = a.head { ca = phrases.headConcepts(of: BilingualLexicon.fold(head), language: la) }
        if la != lb, cb.isEmpty, let head = b.head { cb = phrases.headConcepts(of: BilingualLexicon.fold(head), language: lb) }
        guard !ca.isDisjoint(with: cb) else { return relation }
        let pa = SameQuantity.meaningful(a.predicate)
        let pb = SameQuantity.meaningful(b.predicate)
        return quantity.samePredicate(pa, la, pb, lb) ? .same : .sameNoun
    }

    static func isCalendarDate(_ date: DateMention) -> Bool {
        date.firstDay != nil && date.lastDay != nil && [.day, .month, .year].contains(date.kind)
    }

    /// Whether `date` is the start of a period running to the time of writing: the word before
    /// it (past a determiner: "since the 1990s") is one of `FrameWords.periodStarts` ("since
    /// 1995", "depuis 2010").
    static func opensPeriod(_ date: DateMention, in text: String, language: Language) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(date.start))
        let starts = FrameWords.periodStarts(language)
        let determiners = FrameWords.periodDeterminers(language)
        var index = scalars.count
        for _ in 0..<4 {
            while index > 0, scalars[index - 1].properties.isWhitespace || scalars[index - 1] == "'" || scalars[index - 1] == "’" {
                index -= 1
            }
            var start = index
            while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
            guard start < index else { return false }
            let word = BilingualLexicon.fold(String(String.UnicodeScalarView(scalars[start..<index])))
            if starts.contains(word) { return true }
            guard determiners.contains(word) else { return false }
            index = start
        }
        return false
    }

    static func overlap(_ a: DateMention, _ b: DateMention) -> Bool {
        guard let a0 = a.firstDay, let a1 = a.lastDay, let b0 = b.firstDay, let b1 = b.lastDay else { return false }
        return a0 <= b1 && b0 <= a1
    }

    /// `terms: expel, diplomat`, `figure 35 = 35`, `figure 35 ≠ 50`, `date April 2022 = avril 2022`.
    static func reasons(terms: [String], names: [String], figures: [FigurePair], dates: [DatePair]) -> [String] {
        var out: [String] = []
        if !terms.isEmpty { out.append("terms: " + terms.joined(separator: ", ")) }
        if !names.isEmpty { out.append("names: " + names.joined(separator: ", ")) }
        for pair in figures {
            switch pair.comparison {
            case .agree: out.append("figure \(pair.claim.text) = \(pair.passage.text)")
            case .conflict: out.append("figure \(pair.claim.text) ≠ \(pair.passage.text)")
            case .differentlyHedged: out.append("figure \(pair.claim.text) ~ \(pair.passage.text) (hedged differently)")
            }
        }
        for pair in dates {
            let sign = pair.comparison == .agree ? "=" : "≠"
            out.append("date \(pair.claim.text) \(sign) \(pair.passage.text)")
        }
        return out
    }
}
