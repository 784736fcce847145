import ClaimCheckText

extension Matcher {
    /// Pairs the claim's figures and dates with the passage's, decides the agreement and
    /// writes the reasons.
    ///
    /// - A claim figure is paired with a passage figure when both count the same thing
    ///   (`SameQuantity`) and both are percentages or neither is; when either figure has no
    ///   counted noun, the pair is kept only if the two agree.
    /// - A claim figure agrees when one of its pairs agrees; it conflicts when all its pairs are
    ///   disjoint (a pair hedged differently, "up to fifty" / "une cinquantaine", is neither). Dates likewise: overlapping days agree; disjoint days of the same
    ///   granularity conflict.
    /// - `.conflicts` when something conflicts and coverage ≥ `conflict`; `.supports` when
    ///   coverage ≥ `support`, nothing conflicts and a figure agrees (or, for a claim without
    ///   figures, a date agrees; for a claim with neither, coverage ≥ `supportWithoutFigures`);
    ///   else `.related`.
    func judge(
        _ query: MatchQuery, passage: Passage, language: Language, text: Double, coverage: Double, terms: [String]
    ) -> PassageMatch {
        let quantity = SameQuantity(lexicon: lexicon, cognateSimilarity: thresholds.cognateSimilarity)
        var figurePairs: [FigurePair] = []
        var figureAgrees = false
        var figureConflicts = false
        for claim in query.figures {
            var pairs: [FigurePair] = []
            for other in passage.figures where claim.isPercentage == other.isPercentage {
                guard quantity.samePredicate(claim.predicate, query.language, other.predicate, language) else { continue }
                let comparison = Figure.compare(claim, other)
                if let a = claim.head, let b = other.head {
                    guard quantity.sameHead(a, query.language, b, language) else { continue }
                    pairs.append(FigurePair(claim: claim, passage: other, comparison: comparison))
                } else if comparison == .agree {
                    pairs.append(FigurePair(claim: claim, passage: other, comparison: comparison, nounsKnown: false))
                }
            }
            if pairs.contains(where: { $0.comparison == .agree }) {
                figureAgrees = true
            } else if !pairs.isEmpty, pairs.allSatisfy({ $0.comparison == .conflict }) {
                figureConflicts = true
            }
            figurePairs += pairs
        }
        var datePairs: [DatePair] = []
        var dateAgrees = false
        var dateConflicts = false
        let claimDates = query.dates.filter(Self.isCalendarDate)
        for claim in claimDates {
            var pairs: [DatePair] = []
            for other in passage.dates where Self.isCalendarDate(other) {
                if Self.overlap(claim, other) {
                    pairs.append(DatePair(claim: claim, passage: other, comparison: .agree))
                } else if claim.kind == other.kind {
                    pairs.append(DatePair(claim: claim, passage: other, comparison: .conflict))
                }
            }
            if pairs.contains(where: { $0.comparison == .agree }) {
                dateAgrees = true
            } else if !pairs.isEmpty {
                dateConflicts = true
            }
            datePairs += pairs
        }
        let conflicts = figureConflicts || dateConflicts
        let agreement: Agreement
        if conflicts && coverage >= thresholds.conflict {
            agreement = .conflicts
        } else if !conflicts && coverage >= thresholds.support
            && (!query.figures.isEmpty ? figureAgrees : !claimDates.isEmpty ? dateAgrees : coverage >= thresholds.supportWithoutFigures)
        {
            agreement = .supports
        } else {
            agreement = .related
        }
        let evidence = figurePairs.contains(where: { $0.nounsKnown }) || !datePairs.isEmpty ? 1.0 : 0.0
        let w = thresholds.figureEvidenceWeight
        let score = min(1, (1 - w) * text + w * evidence)
        return PassageMatch(
            sourceID: passage.sourceID, passage: passage, score: score, coverage: coverage, agreement: agreement,
            figures: figurePairs, dates: datePairs, terms: terms,
            reasons: Self.reasons(terms: terms, figures: figurePairs, dates: datePairs))
    }

    static func isCalendarDate(_ date: DateMention) -> Bool {
        date.firstDay != nil && date.lastDay != nil && [.day, .month, .year].contains(date.kind)
    }

    static func overlap(_ a: DateMention, _ b: DateMention) -> Bool {
        guard let a0 = a.firstDay, let a1 = a.lastDay, let b0 = b.firstDay, let b1 = b.lastDay else { return false }
        return a0 <= b1 && b0 <= a1
    }

    /// `terms: expel, diplomat`, `figure 35 = 35`, `figure 35 ≠ 50`, `date April 2022 = avril 2022`.
    static func reasons(terms: [String], figures: [FigurePair], dates: [DatePair]) -> [String] {
        var out: [String] = []
        if !terms.isEmpty { out.append("terms: " + terms.joined(separator: ", ")) }
        for pair in figures {
            switch pair.comparison {
            case .agree: out.append("figure \(pair.claim.text) = \(pair.passage.text)")
            case .conflict: out.append("figure \(pair.claim.text) ≠ \(pair.passage.text)")
            case .differentlyHedged: out.append("figure \(pair.claim.text) ~ \(pair.passage.text) (hedged differently)")
            }
        }
        for pair in dates {
            let sign = pair.comparison == .agree ? "=" : "≠"
            out.append("date \(pair.claim.text) \(sign) \(pair.passage.text)")
        }
        return out
    }
}
