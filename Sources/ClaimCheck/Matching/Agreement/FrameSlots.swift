import ClaimCheckText

/// The passage-side slots of a quantity's frame that `SameQuantity` does not see: when two
/// figures count the same thing but one is vague, a projection against an observation, of
/// another period, place or actor, or in a bare unit the passage does not restate, their
/// difference is not a conflict of one frame ("35 years" / "6,000 years ago", "could reach 4 °C"
/// / "rose by 1.1 °C", "1,700 jobs in Georgia" / "250,000 in the United States").
struct FrameSlots {
    var claim: Polarity
    var passage: Polarity
    var claimDates: [DateMention]
    var passageDates: [DateMention]
    /// The claim's names (four letters or more) and those the passage holds.
    var claimNames: Set<String>
    var foundNames: Set<String>
    /// Names the passage has that the claim has not.
    var passageOnlyNames: Set<String>

    /// Why a disagreeing pair is of two frames, or nil when the slots agree.
    func difference(_ a: Figure, _ b: Figure, coverage: Double, restatement: Double) -> String? {
        if a.kind == .vague || b.kind == .vague { return "a vague quantity" }
        if claim.modal != passage.modal { return claim.modal ? "a projection against an observation" : "an observation against a projection" }
        let calendar = passageDates.filter(Matcher.isCalendarDate)
        let own = claimDates.filter(Matcher.isCalendarDate)
        if !own.isEmpty, !calendar.isEmpty, !own.contains(where: { d in calendar.contains { Matcher.overlap(d, $0) } }) {
            return "another period"
        }
        if !claimNames.isSubset(of: foundNames), !passageOnlyNames.isEmpty { return "another place or actor" }
        let heads = [a.head, b.head].compactMap { $0.map(BilingualLexicon.fold) }
        let unit = heads.contains(where: QuantityWords.isMeasure) || (a.isPercentage && b.isPercentage)
        if unit, coverage < restatement {
            return "a unit, and the passage does not restate the claim"
        }
        return nil
    }

    /// The slots that matched, for a person reading a conflict ("noun, verb, date, names").
    func matched(_ pair: FigurePair) -> [String] {
        var out = ["counted noun"]
        if pair.predicatesMatch, pair.claim.predicate != nil, pair.passage.predicate != nil { out.append("verb") }
        if !claimDates.isEmpty, claimDates.contains(where: { d in passageDates.contains { Matcher.overlap(d, $0) } }) {
            out.append("date")
        }
        if !claimNames.isEmpty, claimNames.isSubset(of: foundNames) { out.append("names") }
        out.append(claim.modal ? "modality (projected)" : "modality (observed)")
        return out
    }
}
