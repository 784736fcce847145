/// How two figures measuring the same thing relate (SPEC rule `conflicting-figures`).
public enum FigureComparison: String, Sendable, Hashable, Codable {
    /// The intervals overlap and the hedges leave a reader with the same number.
    case agree
    /// The intervals are disjoint.
    case conflict
    /// The intervals overlap, but one figure is a ceiling and the other a centre or a floor
    /// ("up to fifty" vs "around 50"; "at most 30" vs "at least 30").
    case differentlyHedged
}

extension Figure {
    /// Compares two figures' intervals and hedges.
    ///
    /// Callers decide first that the figures measure the same thing (same head, predicate,
    /// percentage or count). Rules: disjoint intervals → `.conflict`; otherwise a ceiling
    /// (`atMost`) against a centre (`approximate`, `nearly`, `range`, `vague`) or a floor
    /// (`atLeast`) → `.differentlyHedged`; everything else → `.agree`. An exact figure inside
    /// a ceiling agrees with it ("45" vs "up to 50").
    ///
    ///     "up to fifty" vs "around 50"  → .differentlyHedged
    ///     "1,400" vs "nearly 2,000"     → .conflict
    ///     "1,400" vs "around 1,400"     → .agree
    ///     "35" vs "at least 30"         → .agree
    public static func compare(_ a: Figure, _ b: Figure) -> FigureComparison {
        if !overlaps(a, b) { return .conflict }
        let ceilingA = a.kind == .atMost
        let ceilingB = b.kind == .atMost
        if ceilingA != ceilingB {
            let other = ceilingA ? b : a
            if other.kind != .exact { return .differentlyHedged }
        }
        return .agree
    }

    /// Whether the two intervals share at least one point.
    static func overlaps(_ a: Figure, _ b: Figure) -> Bool {
        // a ends before b starts?
        if let ah = a.high, let bl = b.low {
            if ah < bl || (ah == bl && !(a.highInclusive && b.lowInclusive)) { return false }
        }
        if let bh = b.high, let al = a.low {
            if bh < al || (bh == al && !(b.highInclusive && a.lowInclusive)) { return false }
        }
        return true
    }
}
