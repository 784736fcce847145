import ClaimCheckText

/// What a figure counts and in which frame: the thing counted, whose it is, the event, place,
/// time and modality, and whether it is a claim-level quantity at all.
///
/// Two figures are the same quantity only when the slots both sides fill agree and nothing
/// distinguishes them (`QuantityFrame.relation(_:_:)`). An empty slot never counts as
/// agreement on its own: it only fails to distinguish. See `docs/quantities.md`.
struct QuantityFrame: Sendable {
    /// Why a figure is not compared with others at all.
    enum NotClaimLevel: String, Sendable {
        case identifier = "an identifier or model number"
        case distributive = "a rate per item or period"
        case enumeration = "one of several values listed together"
        case score = "a score"
        case layout = "a list, table or statistics line"
        case vague = "a vague quantity"
        case indefinite = "a detail of one of several like things"
        case modifier = "part of a compound adjective"
        case noThing = "nothing counted"
    }

    /// How the figure sits among the figures of its own sentence.
    enum Role: Sendable, Equatable {
        /// On its own.
        case plain
        /// A part of a whole or group ("ten of the 18", "all four states", "around 50" of "75 to 80").
        case part
        /// The whole a part of the same sentence is taken from ("a total of 75 to 80").
        case whole
    }

    /// The figure.
    var figure: Figure
    /// The claim it is in.
    var claimID: String
    /// The claim's place in the draft (its id is `c1`, `c2`, …).
    var claimNumber: Int { Int(claimID.dropFirst()) ?? 0 }
    /// The claim's paragraph.
    var paragraph: Int
    /// The claim's language.
    var language: Language
    /// The head lemma of what is counted, folded; nil when the figure engine found none.
    var thing: String?
    /// Whether `thing` is a unit or measure (dollars, years, kilometres) rather than a thing.
    var isMeasure: Bool
    /// The event (the predicate, folded, light verbs removed).
    var event: String?
    /// Named possessors before the figure ("Harris’ team", "Trump’s side").
    var possessors: Set<String>
    /// Places named with a preposition ("in Pennsylvania").
    var places: Set<String>
    /// Years the sentence names (from its dates).
    var years: Set<Int>
    /// Days the sentence names ("Oct. 7", "le 14 mars"), as their first day.
    var days: Set<String> = []
    /// Months named without a year and weekdays the sentence names ("in May", "on Wednesday",
    /// "en mars", "mardi"), as "m5" and "d3": moments the date engine leaves undated; "x" when
    /// the sentence names a calendar day ("October 18", "le 4 mai").
    var moments: Set<String> = []
    /// The event's `sameEvents` group, once looked up (`memoisingEventGroup`).
    var memoisedEventGroup: (event: String, group: Int?)? = nil
    /// Whether the figure is a sum of money (a currency sign or word beside it).
    var isMoney: Bool = false
    /// Whether the figure stands alone as the subject of its verb ("around 50 were expelled"):
    /// its counted thing is the one the mention continues.
    var isBareSubject: Bool
    /// Whether the figure, with no noun, is the object right after its verb ("killed 1,200").
    var isBareObject: Bool = false
    /// Whether `thing` is the people a bare count's verb implies (`countingPeople(lexicon:)`), not a noun of the sentence.
    var peopleImplied: Bool = false
    /// Whether a possessive stands before the figure ("her 124,000 followers", "the city’s 20
    /// million residents"): a count of what someone has, whatever else its clause says of it.
    var isPossessed: Bool = false
    /// Whether the sentence projects rather than reports ("will", "could", "expected").
    var isProjected: Bool
    /// Whether the sentence says it is about another entity ("another study", "the other shift").
    var marksOtherEntity: Bool
    /// The figure's role in its sentence.
    var role: Role
    /// For a part, the value of the whole its sentence takes it from ("ten of the **18**").
    var wholeValue: Double? = nil
    /// Content words of the clause around the figure (stemmed; not the counted thing, the
    /// event, a unit or any figure's words): what ties two mentions when a slot is empty.
    var context: Set<String>
    /// The period or item a rate is counted per ("a day", "par jour", "quotidiens", "per
    /// woman"), normalised; nil for a total. Only rates of the same period are compared.
    var rate: String?
    /// The context words that can tie this mention to another: `context` without the words
    /// common across the draft (a recipe's "chicken", a review's "price"), set by the rule.
    var ties: Set<String> = []
    /// Why the figure is not compared, if it is not.
    var notClaimLevel: NotClaimLevel?
}

extension QuantityFrame {
    /// How two frames relate.
    enum Relation: Equatable, Sendable {
        /// The same quantity: a difference between them is a conflict.
        case same
        /// Not the same quantity, with the slot that tells them apart.
        case different(String)
    }

    /// The figure's number: its value, else its one bound.
    var number: Double? { figure.value ?? figure.high ?? figure.low }

    /// Whether two frames are the same quantity, given the lexicon relation for things and events.
    func relation(to other: QuantityFrame, quantity: SameQuantity) -> Relation {
        // The same number under opposite hedges, one a ceiling ("up to 330" / "more than 330"),
        // is itself a tie: a list or an indefinite does not hide it.
        let restated = restatesNumber(of: other)
        let excusable: Set<NotClaimLevel> = restated ? [.noThing, .enumeration, .indefinite] : [.noThing]
        for reason in [notClaimLevel, other.notClaimLevel].compactMap({ $0 }) where !excusable.contains(reason) {
            return .different(reason.rawValue)
        }
        let events = eventMatch(other, quantity: quantity)
        guard figure.isPercentage == other.figure.isPercentage else { return .different("a percentage and a count") }
        if figure.isPercentage, let x = figure.value, let y = other.figure.value, x != y, abs(x + y - 100) <= 1 {
            // "27 per cent" and "73 per cent" of one cost: the two parts of a whole.
            return .different("the two shares of one whole")
        }
        // Shared words of the two clauses, and each filled slot that agrees (the same year,
        // day, actor or place) ties them as a word does.
        let shared = ties.intersection(other.ties).count + [
            !years.isDisjoint(with: other.years), !days.isDisjoint(with: other.days),
            !possessors.isDisjoint(with: other.possessors), !places.isDisjoint(with: other.places),
        ].filter { $0 }.count
        // Two counts whose people were both implied by their verbs name nothing counted: an
        // empty slot on both sides never agrees ("the attacks killed 1,200" / "the war killed 39,000").
        let bothImplied = peopleImplied && other.peopleImplied
        if !bothImplied, let a = thing, let b = other.thing {
            guard quantity.sameHead(a, language, b, other.language) || QuantityWords.grouped(a, b, in: QuantityWords.sameThings)
                || measures(of: b, other) || other.measures(of: a, self) || names(other, quantity: quantity) || other.names(self, quantity: quantity)
                // One number restated under another hedge, once as "people" ("approximately 50
                // people" / "at least 50 visitors"), with a word of the clauses in common.
                || restated && shared >= 1 && !isMeasure && !other.isMeasure
                    && (QuantityWords.genericPeople.contains(a) != QuantityWords.genericPeople.contains(b))
            else { return .different("another thing counted") }
        } else {
            // A count whose noun is left out ("the attacks killed 1,200"): tied by the same
            // event and words of the clause only, never by the number alone.
            // …unless the same number is restated under opposite hedges with the same event
            // ("killed more than 39,000" / "killed up to 39,000").
            guard !bothImplied || restated && events == .same, thing != nil || other.thing != nil, thing != nil || isBareSubject || isBareObject,
                other.thing != nil || other.isBareSubject || other.isBareObject, !isMeasure, !other.isMeasure, !figure.isPercentage,
                restated ? events != .distinct : events == .same,
                shared >= (restated ? 1 : Self.sharedWordsWithoutThing)
            else { return .different("nothing counted") }
        }
        guard rate == other.rate else { return .different(rate == nil || other.rate == nil ? "a rate and a total" : "rates per another period") }
        // How strongly the two mentions must share their clauses' words: not at all when the
        // thing and the event both match; more as the slots that tie them go missing.
        let needed: Int
        // "deux morts" / "a tué cinq personnes": one side's thing is the other's event.
        let outcome = names(other, quantity: quantity) || other.names(self, quantity: quantity)
        switch events {
        case .distinct: return .different("another event")
        case .same: needed = 0
        case .missing where outcome || restated: needed = 0
        case .missing: needed = event == nil && other.event == nil ? Self.sharedWordsWithoutEvents : Self.sharedWordsWithoutEvent
        case .unknown: needed = Self.sharedWordsWithOtherVerb
        }
        if shared < needed { return .different(event == nil || other.event == nil ? "no event on one side" : "another event") }
        if isMeasure, shared == 0 { return .different("measures of different things") }
        // Two sums tied only by their clauses' words, a hundred times apart ("$300 million in
        // school funding" / "families earning $154,000 to $220,000"): amounts of different things.
        if isMeasure, other.isMeasure, events != .same, let x = number, let y = other.number, x > 0, y > 0,
            max(x, y) / min(x, y) >= 100
        {
            return .different("sums a hundred times apart")
        }
        if isProjected != other.isProjected { return .different("observed vs projected") }
        if !years.isEmpty, !other.years.isEmpty, years.isDisjoint(with: other.years) { return .different("another year") }
        // "In May, 5,000 visitors" / "in April, 450 visitors"; "on Wednesday" / "on Friday".
        for kind in ["m", "d"] {
            let mine = moments.filter { $0.hasPrefix(kind) }
            let theirs = other.moments.filter { $0.hasPrefix(kind) }
            if !mine.isEmpty, !theirs.isEmpty, mine.isDisjoint(with: theirs) {
                return .different(kind == "m" ? "another month" : "another day of the week")
            }
        }
        // News names a day of the past week by its weekday and an earlier one by its date (the
        // wire styles' rule): "returned on Wednesday" and "were deported on October 18" are two days.
        let weekday = { (frame: QuantityFrame) in frame.moments.contains { $0.hasPrefix("d") } }
        let dated = { (frame: QuantityFrame) in frame.moments.contains("x") }
        if weekday(self) && !weekday(other) && dated(other) || weekday(other) && !weekday(self) && dated(self) {
            return .different("a weekday against a date")
        }
        if !possessors.isEmpty, !other.possessors.isEmpty, possessors.isDisjoint(with: other.possessors) {
            return .different("another actor")
        }
        if !places.isEmpty, !other.places.isEmpty, places.isDisjoint(with: other.places) { return .different("another place") }
        if other.marksOtherEntity || marksOtherEntity { return .different("said to be another one") }
        if role == .whole || other.role == .whole, role != other.role { return .different("a part and its whole") }
        // "88 revues sur les 705" against "a retenu 705 revues": the other figure restates the whole.
        if role == .part, other.role != .part, let whole = wholeValue, other.figure.value == whole { return .different("the whole of a part") }
        if other.role == .part, role != .part, let whole = other.wholeValue, figure.value == whole { return .different("the whole of a part") }
        return .same
    }

    /// Words two clauses must share when one of them names no event ("124,000 followers" /
    /// "300,000 followers on the platform" is too weak; "10.000 euros d'amende" / "une amende
    /// de 25 000 euros" to the same deputy is not).
    static let sharedWordsWithoutEvent = 2
    /// Words two clauses must share when neither names an event ("the retail price is $3,299" /
    /// "prices start at $2,199"): the weakest tie.
    static let sharedWordsWithoutEvents = 4
    /// Words two clauses must share when one figure's counted noun is left out and the events match.
    static let sharedWordsWithoutThing = 2
    /// Words (or agreeing slots) two clauses must share when they name two events the lexicon
    /// does not relate ("paid $160,000 for the newspaper interview" / "received $60,000 for the
    /// newspaper interview").
    static let sharedWordsWithOtherVerb = 2

    enum EventMatch { case same, missing, unknown, distinct }

    /// How the events of two frames relate: the same (lexicon, cognates, `sameEvents`); one
    /// missing; two verbs the lexicon does not relate; or two verbs of different `sameEvents`
    /// groups (died / injured), which never count the same.
    func eventMatch(_ other: QuantityFrame, quantity: SameQuantity) -> EventMatch {
        // A count after a possessive and a count after "has" both count what someone has.
        if owns(quantity.lexicon), other.owns(quantity.lexicon) { return .same }
        guard let ea = event, let eb = other.event else { return .missing }
        let ga = eventGroup(lexicon: quantity.lexicon)
        let gb = other.eventGroup(lexicon: quantity.lexicon)
        if quantity.samePredicate(ea, language, eb, other.language) || ga != nil && ga == gb { return .same }
        return ga != nil && gb != nil ? .distinct : .unknown
    }

    /// Whether the figure counts what someone has: after a possessive, or with an event of the
    /// possession group ("had", "contained", "compte").
    func owns(_ lexicon: BilingualLexicon) -> Bool {
        guard !isPossessed else { return true }
        guard let group = eventGroup(lexicon: lexicon) else { return false }
        return group == QuantityWords.possessionGroup
    }

    /// Whether this frame's counted thing is the other's event ("deux morts" / "a tué cinq
    /// personnes"; "200 arrests" / "200 people were arrested"): a count of the outcome.
    /// The thing and the event are read through the lexicon, so a French noun names an English
    /// lemma's event ("morts" is the concept `die`, in one group with `kill`).
    func names(_ other: QuantityFrame, quantity: SameQuantity) -> Bool {
        guard let thing, let event = other.event, other.thing != nil, !isMeasure, !other.isMeasure,
            let group = Self.eventGroup(of: thing, language, lexicon: quantity.lexicon), QuantityWords.countsPeople(group)
        else { return false }
        return Self.eventGroup(of: event, other.language, lexicon: quantity.lexicon) == group
    }

    /// The `sameEvents` group a word (a verb lemma or an event noun, either language) belongs
    /// to: by itself, else by its lexicon concept ("morts" → `die`, "périr" → `die`).
    /// The `sameEvents` group of the frame's event, from `memoisedEventGroup` when it was
    /// read for this event (`memoisingEventGroup`), else looked up.
    func eventGroup(lexicon: BilingualLexicon) -> Int? {
        guard let event else { return nil }
        if let memo = memoisedEventGroup, memo.event == event { return memo.group }
        return Self.eventGroup(of: event, language, lexicon: lexicon)
    }

    /// The frame with its event's group looked up once: a draft's frames are compared many
    /// times each, and the lookup folds, stems and searches the lexicon.
    func memoisingEventGroup(lexicon: BilingualLexicon) -> QuantityFrame {
        guard let event else { return self }
        var copy = self
        copy.memoisedEventGroup = (event, Self.eventGroup(of: event, language, lexicon: lexicon))
        return copy
    }

    static func eventGroup(of word: String, _ language: Language, lexicon: BilingualLexicon) -> Int? {
        if let group = QuantityWords.eventGroups[word] { return group }
        let concept = lexicon.concept(of: word, language: language) ?? lexicon.concept(of: word, language: .english)
        return concept.flatMap { QuantityWords.eventGroups[$0] }
    }

    /// Whether two figures state one number under hedges a reader takes differently, one of
    /// them a ceiling ("up to 330" / "more than 330", "jusqu'à deux" / "au moins deux") or a
    /// floor against a centre ("more than 5,000" / "about 5,000"): the case the rule exists for,
    /// where the number itself ties the two mentions.
    func restatesNumber(of other: QuantityFrame) -> Bool {
        let a = figure, b = other.figure
        // A floor against a centre on one number ("more than 5,000" / "about 5,000") likewise.
        let floorAndCentre = Set([a.kind, b.kind]) == [.atLeast, .approximate]
        guard (a.kind == .atMost) != (b.kind == .atMost) || floorAndCentre, a.kind != .exact, b.kind != .exact, a.kind != .range, b.kind != .range,
            a.kind != .vague, b.kind != .vague, let x = a.value ?? a.high ?? a.low, let y = b.value ?? b.low ?? b.high
        else { return false }
        return x == y
    }

    /// A count with its noun left out, the subject or object of a verb whose patients are
    /// people ("the attacks killed 1,200", "20 were arrested"), counts people: the frame with
    /// that thing. Others are returned as they are.
    func countingPeople(lexicon: BilingualLexicon) -> QuantityFrame {
        guard thing == nil, notClaimLevel == .noThing, isBareSubject || isBareObject, !figure.isPercentage, let event,
            let group = Self.eventGroup(of: event, language, lexicon: lexicon), QuantityWords.countsPeople(group)
        else { return self }
        var filled = self
        filled.thing = QuantityWords.people[language]
        filled.notClaimLevel = nil
        filled.peopleImplied = true
        return filled
    }

    /// Whether this figure, counted in a unit, measures the thing another figure counts: "a
    /// budget of $30 billion" against "the $44.6 billion budget" (the thing named in the clause).
    /// Only sums of money measure a thing so: "five years" of abandoned cases or the "¥40,000"
    /// the 6,000 lost masks were worth are not counts of cases or masks.
    func measures(of otherThing: String, _ other: QuantityFrame) -> Bool {
        isMeasure && !other.isMeasure && isMoney && other.isMoney && context.contains(Stemmer.stem(otherThing, language: other.language))
    }

    /// The keys frames are indexed by: the counted thing's group or lexicon concept, and its
    /// stem; a figure in a unit also under the stems of its clause's words, where the thing it
    /// measures is named ("a budget of $30 billion"). Empty for a figure that is never compared.
    func indexKeys(lexicon: BilingualLexicon) -> [String] {
        // Listed and indefinite figures are indexed too: a ceiling restating their number ties them (`restatesNumber`).
        guard notClaimLevel == nil || [.noThing, .enumeration, .indefinite].contains(notClaimLevel) else { return [] }
        // A count with its noun left out is found through its event, so every count with an
        // event is indexed under it too.
        let eventKey = event.flatMap { event in
            figure.isPercentage || isMeasure ? nil
                : Self.eventGroup(of: event, language, lexicon: lexicon).map { "e:g\($0)" }
                    ?? lexicon.concept(of: event, language: .english).map { "e:c" + $0 } ?? "e:s" + Stemmer.stem(event, language: language)
        }
        guard let thing else { return eventKey.map { [$0] } ?? [] }
        var keys = ["s:" + Stemmer.stem(thing, language: language)]
        if let group = QuantityWords.sameThings.firstIndex(where: { $0.contains(thing) }) { keys.append("g:\(group)") }
        if let concept = lexicon.concept(of: thing, language: language) { keys.append("c:" + concept) }
        // An event noun ("morts", "deaths") meets the counts of its event ("killed 1,200"); only
        // events whose patients are people have such nouns (`names`).
        if eventKey == nil, !isMeasure, let group = Self.eventGroup(of: thing, language, lexicon: lexicon),
            QuantityWords.countsPeople(group)
        {
            keys.append("e:g\(group)")
        }
        if isMeasure { keys += context.sorted().map { "s:" + $0 } }
        if let eventKey { keys.append(eventKey) }
        // A hedged number meets the same number under another hedge, whatever each counts by
        // name: `restatesNumber` and the people rule of `relation` decide.
        if ![.exact, .range, .vague].contains(figure.kind), let number {
            keys.append("n:\(figure.isPercentage ? "%" : "")\(number)")
        }
        return keys
    }
}

