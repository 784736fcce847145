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
    /// Whether the figure stands alone as the subject of its verb ("around 50 were expelled"):
    /// its counted thing is the one the mention continues.
    var isBareSubject: Bool
    /// Whether the sentence projects rather than reports ("will", "could", "expected").
    var isProjected: Bool
    /// Whether the sentence says it is about another entity ("another study", "the other shift").
    var marksOtherEntity: Bool
    /// The figure's role in its sentence.
    var role: Role
    /// Content words of the clause around the figure (folded), for measured quantities.
    var context: Set<String>
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

    /// Whether two frames are the same quantity, given the lexicon relation for things and events.
    func relation(to other: QuantityFrame, quantity: SameQuantity) -> Relation {
        if let reason = notClaimLevel ?? other.notClaimLevel { return .different(reason.rawValue) }
        guard figure.isPercentage == other.figure.isPercentage else { return .different("a percentage and a count") }
        guard let a = thing, let b = other.thing,
            quantity.sameHead(a, language, b, other.language) || QuantityWords.grouped(a, b, in: QuantityWords.sameThings)
                || measures(of: b, other) || other.measures(of: a, self)
        else {
            return .different("another thing counted")
        }
        switch (event, other.event) {
        case let (ea?, eb?):
            guard quantity.samePredicate(ea, language, eb, other.language) || QuantityWords.grouped(ea, eb, in: QuantityWords.sameEvents)
            else { return .different("another event") }
        default:
            // Without an event on both sides a shared noun is too weak a tie: in edited copy,
            // "seven states" and "all four states" are nearly always different sets.
            return .different("no event on one side")
        }
        if isMeasure, context.isDisjoint(with: other.context) { return .different("measures of different things") }
        if isProjected != other.isProjected { return .different("observed vs projected") }
        if !years.isEmpty, !other.years.isEmpty, years.isDisjoint(with: other.years) { return .different("another year") }
        if !possessors.isEmpty, !other.possessors.isEmpty, possessors.isDisjoint(with: other.possessors) {
            return .different("another actor")
        }
        if !places.isEmpty, !other.places.isEmpty, places.isDisjoint(with: other.places) { return .different("another place") }
        if other.marksOtherEntity || marksOtherEntity { return .different("said to be another one") }
        if role == .whole || other.role == .whole, role != other.role { return .different("a part and its whole") }
        return .same
    }

    /// Whether this figure, counted in a unit, measures the thing another figure counts: "a
    /// budget of $30 billion" against "the $44.6 billion budget" (the thing named in the clause).
    func measures(of otherThing: String, _ other: QuantityFrame) -> Bool {
        isMeasure && !other.isMeasure && context.contains(Stemmer.stem(otherThing, language: other.language))
    }

    /// The keys frames are indexed by: the counted thing's group or lexicon concept, and its
    /// stem; a figure in a unit also under the stems of its clause's words, where the thing it
    /// measures is named ("a budget of $30 billion"). Empty for a figure that is never compared.
    func indexKeys(lexicon: BilingualLexicon) -> [String] {
        guard notClaimLevel == nil, let thing else { return [] }
        var keys = ["s:" + Stemmer.stem(thing, language: language)]
        if let group = QuantityWords.sameThings.firstIndex(where: { $0.contains(thing) }) { keys.append("g:\(group)") }
        if let concept = lexicon.concept(of: thing, language: language) { keys.append("c:" + concept) }
        if isMeasure { keys += context.sorted().map { "s:" + $0 } }
        return keys
    }
}
