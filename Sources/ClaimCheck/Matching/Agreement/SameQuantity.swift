import ClaimCheckText

/// Whether two figures, perhaps in two languages, count the same thing: the same counted-noun
/// head ("diplomat" / "diplomate", "spy" / "espion") and a compatible predicate ("expel" /
/// "expel", or one missing).
struct SameQuantity: Sendable {
    let lexicon: BilingualLexicon
    /// Least trigram similarity for two heads or predicates to count as cognates.
    let cognateSimilarity: Double

    /// Whether two head lemmas name the same thing.
    func sameHead(_ a: String, _ la: Language, _ b: String, _ lb: Language) -> Bool {
        sameWord(BilingualLexicon.fold(a), la, BilingualLexicon.fold(b), lb)
    }

    /// Whether two predicate keys are compatible: equal, one missing, or the same concept.
    func samePredicate(_ a: String?, _ la: Language, _ b: String?, _ lb: Language) -> Bool {
        guard let a, let b else { return true }
        // Predicate keys are English lemmas when the figure engine knows the verb.
        let fa = BilingualLexicon.fold(a)
        let fb = BilingualLexicon.fold(b)
        if fa == fb { return true }
        return sameWord(fa, lexicon.concept(of: fa, language: .english) != nil ? .english : la,
            fb, lexicon.concept(of: fb, language: .english) != nil ? .english : lb)
    }

    private func sameWord(_ a: String, _ la: Language, _ b: String, _ lb: Language) -> Bool {
        if a.isEmpty || b.isEmpty { return false }
        if a == b { return true }
        let ca = lexicon.concept(of: a, language: la)
        let cb = lexicon.concept(of: b, language: lb)
        if let ca, let cb { return ca == cb }
        if Stemmer.stem(a, language: la) == Stemmer.stem(b, language: lb) { return true }
        return Cognates.similarity(a, b) >= cognateSimilarity
    }
}
