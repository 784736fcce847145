import Foundation

/// Okapi BM25 weights over the index.
///
/// `idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5))` and a passage's score for a term is
/// `idf(t) · tf · (k1 + 1) / (tf + k1 · (1 − b + b · len / avglen))`.
extension PassageIndex {
    /// Term-frequency saturation.
    static let k1 = 1.2
    /// Length normalisation.
    static let b = 0.75

    /// The inverse document frequency of a term held by `documentFrequency` passages.
    func idf(documentFrequency df: Int) -> Double {
        let n = Double(passageCount)
        return log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    /// The BM25 weight of one posting of a term with inverse document frequency `idf`.
    func weight(_ posting: Posting, idf: Double) -> Double {
        let tf = Double(posting.count)
        let length = Double(lengths[Int(posting.passage)])
        let norm = 1 - Self.b + Self.b * length / averageLength
        return idf * tf * (Self.k1 + 1) / (tf + Self.k1 * norm)
    }
}
