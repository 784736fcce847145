import Foundation

/// Turns a hedge and a number into a figure kind and interval.
enum Interval {
    /// Rounds away binary noise (1200 − 120.00000000000001) to 12 significant digits.
    static func clean(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let m = pow(10, 12 - ceil(log10(abs(x))))
        guard m.isFinite, m > 0 else { return x }
        let r = (x * m).rounded() / m
        return r.isFinite ? r : x
    }

    static func draft(
        _ hedge: HedgeWord?, value n: Double, tolerance: Double, first: Int, end: Int, isPercent: Bool,
        collective: Bool
    ) -> Draft {
        let t = abs(n) * tolerance
        func make(_ k: Figure.Kind, _ lo: Double?, _ hi: Double?, _ li: Bool, _ hiInc: Bool) -> Draft {
            Draft(
                first: first, end: end, kind: k, value: n, low: lo, high: hi, lowInclusive: li, highInclusive: hiInc,
                isPercent: isPercent)
        }
        switch hedge {
        case .approximate?: return make(.approximate, clean(n - t), clean(n + t), true, true)
        case .nearly?: return make(.nearly, clean(n - t), n, true, true)
        case .atMost?: return make(.atMost, nil, n, false, true)
        case .atMostOpen?: return make(.atMost, nil, n, false, false)
        case .atLeast?: return make(.atLeast, n, nil, true, false)
        case .atLeastOpen?: return make(.atLeast, n, nil, false, false)
        case .exact?, .closeBound?, nil:
            if collective && hedge == nil { return make(.approximate, clean(n - t), clean(n + t), true, true) }
            return make(.exact, n, n, true, true)
        }
    }
}
