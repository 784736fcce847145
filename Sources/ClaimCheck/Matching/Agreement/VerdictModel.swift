import ClaimCheckText
import Foundation

/// A logistic-regression model of "does this passage support the claim?" over explainable
/// features of a match (`VerdictFeatures`): how much of the claim it covers, its score and
/// rank, whether figures and dates agree within one frame, polarity, names. A decision says
/// why: the features that pushed it most.
///
/// The built-in weights (`VerdictWeights.table`) are written by `claimcheck-eval train-verdict`
/// from the dev half of CLIMATE-FEVER; never edit them by hand. The matcher does not use the
/// model for its verdicts (see `docs/matching.md`: on cross-validation it does not reach the
/// precision a `supports` verdict needs); it is there to be measured and improved.
public struct VerdictModel: Sendable {
    /// The intercept.
    public var bias: Double
    /// Weight per feature name; a feature not listed weighs 0.
    public var weights: [String: Double]
    /// The probability at or above which a passage supports the claim.
    public var threshold: Double

    /// Creates a model from its parts.
    public init(bias: Double, weights: [String: Double], threshold: Double) {
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
    }

    /// Reads a model table: lines of `name<TAB>weight`, with the special names `(bias)` and
    /// `(threshold)`; `#` lines are comments.
    public init(table: String) {
        let table = LogisticTable(table)
        self.init(bias: table.bias, weights: table.weights, threshold: table.threshold)
    }

    /// The model trained on CLIMATE-FEVER's dev half, shipped with claimcheck.
    public static let builtIn = VerdictModel(table: VerdictWeights.table)

    /// The probability that a passage with these feature values supports the claim.
    public func probability(_ features: [String: Double]) -> Double {
        let sum = features.reduce(bias) { $0 + (weights[$1.key] ?? 0) * $1.value }
        return 1 / (1 + exp(-sum))
    }

    /// The features that pushed the probability most, strongest first, with their share of
    /// the sum ("coverage +1.20", "polarity:mismatch −2.10").
    public func reasons(_ features: [String: Double], count: Int = 3) -> [String] {
        let parts = features.compactMap { name, value -> (String, Double)? in
            guard let weight = weights[name], weight * value != 0 else { return nil }
            return (name, weight * value)
        }
        return parts.sorted { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0 < $1.0 }.prefix(count).map {
            "\($0.0) \(String(format: "%+.2f", $0.1))"
        }
    }
}

/// The explainable features of one match, for `VerdictModel`: numbers in 0…1 and flags (1).
public enum VerdictFeatures {
    /// The features of a match that came `rank`-th (0 = best) among the claim's matches, the
    /// passage written in `language`.
    public static func of(_ match: PassageMatch, rank: Int, query: MatchQuery, language: Language) -> [String: Double] {
        var f: [String: Double] = [:]
        let claimHasFigures = !query.figures.isEmpty
        let claimHasDates = !query.dates.isEmpty
        let claim = Polarity(query.text, language: query.language)
        let passage = Polarity(match.passage.text, language: language)
        if claim.negated { f["claim:negated"] = 1 }
        if passage.negated { f["passage:negated"] = 1 }
        if claim.negated != passage.negated { f["negation:differs"] = 1 }
        if passage.rebuts != claim.rebuts { f["rebuttal:differs"] = 1 }
        if claim.modal != passage.modal { f["modality:differs"] = 1 }
        f["coverage"] = match.coverage
        f["coverage²"] = match.coverage * match.coverage
        f["score"] = match.score
        f["rank:first"] = rank == 0 ? 1 : 0
        f["rank:inverse"] = 1 / Double(rank + 1)
        f["terms"] = min(1, Double(match.terms.count) / 10)
        let agree = match.figures.contains { $0.comparison == .agree && $0.nounsKnown && $0.predicatesMatch }
        let weakAgree = match.figures.contains { $0.comparison == .agree }
        let conflict = match.figures.contains { $0.comparison == .conflict }
        if claimHasFigures { f["claim:figure"] = 1 }
        if claimHasDates { f["claim:date"] = 1 }
        if agree { f["figure:agrees"] = 1 } else if weakAgree { f["figure:agrees-weakly"] = 1 }
        if conflict { f["figure:differs"] = 1 }
        if match.dates.contains(where: { $0.comparison == .agree }) { f["date:agrees"] = 1 }
        if match.dates.contains(where: { $0.comparison == .conflict }) { f["date:differs"] = 1 }
        for reason in match.reasons {
            if reason.hasPrefix("names:") {
                f["names:found"] = 1
            } else if reason.contains("is not a conflict") {
                f["frame:other"] = 1
            }
        }
        f["rule:" + match.agreement.rawValue] = 1
        return f
    }
}
