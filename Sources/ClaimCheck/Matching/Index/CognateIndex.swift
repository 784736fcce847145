/// The vocabulary's words by character trigrams, so a query word finds the index words that
/// look like it in another language ("diplomats" → "diplomates", "technologies").
///
/// Similarity is Dice's coefficient over the sets of trigrams of the word with a space in
/// front: `2·|A∩B| / (|A| + |B|)`. Only the start is padded: English and French cognates share
/// their beginnings and differ in their endings ("potential" / "potentiel" → 0.75,
/// "diplomat" / "diplomate" → 0.93). Built over the vocabulary, not the passages, so its
/// size follows the number of distinct words.
struct CognateIndex: Sendable {
    private var byTrigram: [UInt64: [Int32]] = [:]
    private var trigramCounts: [Int: Int] = [:]

    /// Adds a vocabulary word with its term id.
    mutating func insert(_ word: String, id: Int) {
        let grams = Cognates.trigrams(word)
        trigramCounts[id] = grams.count
        for gram in grams { byTrigram[gram, default: []].append(Int32(id)) }
    }

    /// The vocabulary words at least `minimum` similar to `word`, with their similarity,
    /// most similar first (the word itself excluded).
    func similar(to word: String, minimum: Double, excluding own: Int?) -> [(id: Int, similarity: Double)] {
        let grams = Cognates.trigrams(word)
        guard !grams.isEmpty else { return [] }
        var shared: [Int32: Int] = [:]
        for gram in grams {
            for id in byTrigram[gram] ?? [] { shared[id, default: 0] += 1 }
        }
        var out: [(id: Int, similarity: Double)] = []
        for (id, count) in shared where Int(id) != own {
            let similarity = 2 * Double(count) / Double(grams.count + (trigramCounts[Int(id)] ?? 0))
            if similarity >= minimum { out.append((Int(id), similarity)) }
        }
        return out.sorted { ($0.similarity, $1.id) > ($1.similarity, $0.id) }
    }
}
