import ClaimCheckText

/// Why `conflicting-figures` does or does not tie two claims' figures: for judging planted
/// restatements and false alarms (`claimcheck-eval realnews --explain`).
public enum QuantityExplanation {
    /// One line per pair of figures of the two claims: each frame's slots and their relation.
    /// The frames are built from each sentence alone (no continued mention).
    public static func lines(_ a: Claim, _ b: Claim) -> [String] {
        let quantity = SameQuantity(lexicon: .builtIn, cognateSimilarity: MatchThresholds.standard.cognateSimilarity)
        let first = QuantityFrame.frames(of: a).map { frame in var f = frame; f.ties = f.context; return f }
        let second = QuantityFrame.frames(of: b).map { frame in var f = frame; f.ties = f.context; return f }
        var lines = (first + second).map { "    frame \($0.claimID) \(describe($0))" }
        for x in first {
            for y in second {
                let relation: String
                switch x.relation(to: y, quantity: quantity) {
                case .same: relation = "same"
                case .different(let why): relation = "different: \(why)"
                }
                lines.append("    \"\(x.figure.text)\" ~ \"\(y.figure.text)\": \(relation)")
            }
        }
        return lines
    }

    private static func describe(_ f: QuantityFrame) -> String {
        var parts = ["\"\(f.figure.text)\" \(f.figure.kind.rawValue)", "thing=\(f.thing ?? "-")", "event=\(f.event ?? "-")"]
        if f.isMeasure { parts.append("measure ctx=\(f.context.sorted().joined(separator: ","))") }
        if !f.possessors.isEmpty { parts.append("actor=\(f.possessors.sorted())") }
        if !f.places.isEmpty { parts.append("place=\(f.places.sorted())") }
        if !f.years.isEmpty { parts.append("years=\(f.years.sorted())") }
        if !f.moments.isEmpty { parts.append("moments=\(f.moments.sorted())") }
        if f.isPossessed { parts.append("possessed") }
        if f.isProjected { parts.append("projected") }
        if f.marksOtherEntity { parts.append("other") }
        if f.role != .plain { parts.append("role=\(f.role)") }
        if let n = f.notClaimLevel { parts.append("NOT:\(n)") }
        return parts.joined(separator: " ")
    }
}
