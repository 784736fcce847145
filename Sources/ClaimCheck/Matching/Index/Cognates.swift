/// How much two words look alike, as cognates across English and French do.
///
/// Dice's coefficient over the sets of character trigrams of each folded word with a space in
/// front: `2·|A∩B| / (|A| + |B|)`, from 0 (nothing shared) to 1. Only the start is padded:
/// cognates share their beginnings and differ in their endings ("diplomat" / "diplomate" →
/// 0.93, "potential" / "potentiel" → 0.75, "spy" / "espion" → 0).
public enum Cognates {
    /// The similarity of two words (folded first: case and diacritics do not count).
    public static func similarity(_ a: String, _ b: String) -> Double {
        let x = trigrams(BilingualLexicon.fold(a))
        let y = trigrams(BilingualLexicon.fold(b))
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    /// The set of trigrams of ` word`, each packed into an integer.
    static func trigrams(_ word: String) -> Set<UInt64> {
        let scalars = [32] + word.unicodeScalars.map { UInt64($0.value) }
        guard scalars.count >= 3 else { return [] }
        var out = Set<UInt64>()
        for i in 0..<(scalars.count - 2) {
            out.insert(scalars[i] << 42 | scalars[i + 1] << 21 | scalars[i + 2])
        }
        return out
    }
}
