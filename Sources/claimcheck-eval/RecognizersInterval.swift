/// An interval as Recognizers-Text writes it: "(20,35]", "[20,30)", "(,700]".
struct RecognizersInterval: Equatable, CustomStringConvertible {
    var low: Double?
    var high: Double?
    var lowInclusive: Bool
    var highInclusive: Bool

    init(low: Double?, high: Double?, lowInclusive: Bool, highInclusive: Bool) {
        self.low = low
        self.high = high
        self.lowInclusive = low == nil ? false : lowInclusive
        self.highInclusive = high == nil ? false : highInclusive
    }

    init?(_ s: String) {
        guard let f = s.first, let l = s.last, f == "(" || f == "[", l == ")" || l == "]" else { return nil }
        let inner = s.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard inner.count == 2 else { return nil }
        self.init(
            low: Double(inner[0]), high: Double(inner[1]), lowInclusive: f == "[", highInclusive: l == "]")
    }

    var description: String {
        (lowInclusive ? "[" : "(") + (low.map { String($0) } ?? "") + "," + (high.map { String($0) } ?? "")
            + (highInclusive ? "]" : ")")
    }

    static func == (a: Self, b: Self) -> Bool {
        func eq(_ x: Double?, _ y: Double?) -> Bool {
            switch (x, y) {
            case (nil, nil): return true
            case (let x?, let y?): return abs(x - y) <= 1e-9 * max(1, abs(x))
            default: return false
            }
        }
        return eq(a.low, b.low) && eq(a.high, b.high) && a.lowInclusive == b.lowInclusive
            && a.highInclusive == b.highInclusive
    }

    /// Whether self is "[a,b)" and other is our closed "[a,b]" (their default half-open ranges).
    func isHalfOpenVersion(of other: Self) -> Bool {
        var closed = self
        closed.highInclusive = true
        return !highInclusive && closed == other
    }
}
