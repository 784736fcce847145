import Testing

@testable import ClaimCheckText

/// One hand-written figure case: a text, the kind and the exact interval of its first figure.
struct FigureCase: CustomTestStringConvertible, Sendable {
    let text: String
    let kind: Figure.Kind
    let low: Double?
    let high: Double?
    let lowInclusive: Bool
    let highInclusive: Bool

    init(_ text: String, _ kind: Figure.Kind, _ low: Double?, _ high: Double?, _ li: Bool = true, _ hi: Bool = true) {
        self.text = text
        self.kind = kind
        self.low = low
        self.high = high
        self.lowInclusive = low == nil ? false : li
        self.highInclusive = high == nil ? false : hi
    }

    var testDescription: String { text }

    func check(_ language: Language) -> Bool {
        guard let f = FigureExtractor(language: language).figures(in: text).first else { return false }
        func close(_ a: Double?, _ b: Double?) -> Bool {
            switch (a, b) {
            case (nil, nil): return true
            case (let a?, let b?): return abs(a - b) <= 1e-9 * max(1, abs(a))
            default: return false
            }
        }
        return f.kind == kind && close(f.low, low) && close(f.high, high) && f.lowInclusive == lowInclusive
            && f.highInclusive == highInclusive
    }
}
