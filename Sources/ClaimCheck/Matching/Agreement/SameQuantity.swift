import ClaimCheckText

/// Whether two figures, perhaps in two languages, count the same thing.
///
/// They do when both are percentages or both counts, and either
/// - their counted-noun heads name the same thing ("diplomat" / "diplomate", "spy" / "espion")
///   and their predicates are compatible (equal, one missing, the same concept or cognates;
///   reporting and light verbs — "said", "a fait" — count as missing); or
/// - one figure's verb is the other's noun ("three people died" / "trois morts", "200 people
///   were arrested" / "200 arrests"): the lexicon puts them in one concept.
struct SameQuantity: Sendable {
    /// How two figures relate.
    enum Relation {
        /// They count the same thing.
        case same
        /// Same head, incompatible predicates: comparable for agreement only.
        case sameNoun
        /// A head is missing and the predicates are compatible: comparable for agreement only.
        case unknown
        /// They count different things.
        case different
    }

    let lexicon: BilingualLexicon
    /// Least trigram similarity for two heads or predicates to count as cognates.
    let cognateSimilarity: Double

    /// How a figure of language `la` relates to one of language `lb`.
    func relation(_ a: Figure, _ la: Language, _ b: Figure, _ lb: Language) -> Relation {
        guard a.isPercentage == b.isPercentage else { return .different }
        let pa = Self.meaningful(a.predicate)
        let pb = Self.meaningful(b.predicate)
        guard let ha = a.head, let hb = b.head else {
            return samePredicate(pa, la, pb, lb) ? .unknown : .different
        }
        let fa = BilingualLexicon.fold(ha)
        let fb = BilingualLexicon.fold(hb)
        if sameWord(fa, la, fb, lb) { return samePredicate(pa, la, pb, lb) ? .same : .sameNoun }
        if let pa, sameWord(pa, predicateLanguage(pa, la), fb, lb) { return .same }
        if let pb, sameWord(pb, predicateLanguage(pb, lb), fa, la) { return .same }
        return .different
    }

    /// Whether two head lemmas name the same thing.
    func sameHead(_ a: String, _ la: Language, _ b: String, _ lb: Language) -> Bool {
        sameWord(BilingualLexicon.fold(a), la, BilingualLexicon.fold(b), lb)
    }

    /// Whether two predicate keys (folded, light ones removed) are compatible.
    func samePredicate(_ a: String?, _ la: Language, _ b: String?, _ lb: Language) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        return sameWord(a, predicateLanguage(a, la), b, predicateLanguage(b, lb))
    }

    /// A predicate key folded, or nil when missing or light.
    static func meaningful(_ predicate: String?) -> String? {
        guard let predicate else { return nil }
        let folded = BilingualLexicon.fold(predicate)
        return folded.isEmpty || LightPredicates.keys.contains(folded) ? nil : folded
    }

    /// Predicate keys are English lemmas when the figure engine knows the verb.
    private func predicateLanguage(_ key: String, _ language: Language) -> Language {
        lexicon.concept(of: key, language: .english) != nil ? .english : language
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
