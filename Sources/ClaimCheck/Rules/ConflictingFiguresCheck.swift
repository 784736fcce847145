/// `conflicting-figures`: two figures of the draft measure the same thing — the same
/// quantity frame (`QuantityFrame`: thing counted, event, actor, place, time, modality) — and differ. Disjoint
/// intervals are an error; a ceiling set against a centre or a floor ("up to fifty" vs
/// "around 50") is a warning. Vague quantities ("several") are not compared, nor are claims
/// whose dates do not overlap (different moments). The finding stands at the first figure
/// and points at the others.
struct ConflictingFiguresCheck: Check {
    static let rule = Rule.conflictingFigures

    /// How many earlier figures of the same counted thing a figure is compared with: the
    /// nearest ones. Restatements sit within a few paragraphs of each other; the bound keeps
    /// the cost linear in the draft's size however many figures share a noun.
    static let comparedWithin = 64

    static func findings(in context: CheckContext) -> [Finding] {
        let quantity = SameQuantity(lexicon: .builtIn, cognateSimilarity: MatchThresholds.standard.cognateSimilarity)
        let paragraphs = context.document.paragraphs
        // Frames indexed by what they count: each figure is compared only with earlier ones
        // of the same thing (lexicon concept or stem), never all against all. Frames are kept
        // once, in draft order, and the index holds their positions.
        var all: [QuantityFrame] = []
        var claimOf: [Int] = []
        var index: [String: [Int]] = [:]
        var anchors: [Int: (claim: Claim, figure: Figure, worst: Severity, related: [(Claim, Figure, FigureComparison)])] = [:]
        var order: [Int] = []
        var recent: QuantityFrame?
        let framed = context.claims.map { claim in
            QuantityFrame.frames(of: claim, layout: paragraphs.indices.contains(claim.paragraph) ? paragraphs[claim.paragraph].kind : .paragraph)
        }
        let common = commonWords(framed)
        for (position, frames) in framed.enumerated() {
            let claim = context.claims[position]
            for frame in frames {
                var later = frame.continuing(recent).countingPeople(lexicon: quantity.lexicon).memoisingEventGroup(lexicon: quantity.lexicon)
                later.ties = later.context.subtracting(common)
                if later.thing != nil, !later.isMeasure, !later.peopleImplied, later.notClaimLevel == nil { recent = later }
                let keys = later.indexKeys(lexicon: quantity.lexicon)
                guard !keys.isEmpty else { continue }
                let id = all.count
                all.append(later)
                claimOf.append(position)
                defer { for key in keys { index[key, default: []].append(id) } }
                // The nearest earlier frames under any of its keys, once each, oldest first
                // (positions are in draft order).
                let candidates = Set(keys.flatMap { (index[$0] ?? []).suffix(comparedWithin) }).sorted()
                // Each later figure is tied to the first earlier figure it disagrees with; a finding
                // stands at that earlier figure and lists every figure tied to it, so a draft of many
                // disagreeing counts gives one finding per anchor, not one per pair.
                for candidate in candidates where claimOf[candidate] != position {
                    let earlierClaim = context.claims[claimOf[candidate]]
                    guard sameScope(earlierClaim, claim), all[candidate].relation(to: later, quantity: quantity) == .same else { continue }
                    let earlier = all[candidate].figure
                    var outcome = Figure.compare(earlier, later.figure)
                    // "more than 1,000" against "up to 1,000": bounds that touch differ in their
                    // hedge, not their number.
                    if outcome == .conflict, touches(earlier, later.figure) { outcome = .differentlyHedged }
                    // "more than 5,000" against "about 5,000": a floor and a centre on one number.
                    if outcome == .agree, floorAgainstCentre(earlier, later.figure) { outcome = .differentlyHedged }
                    guard outcome != .agree else { continue }
                    let severity: Severity = outcome == .conflict ? .error : .warning
                    if anchors[candidate] == nil {
                        anchors[candidate] = (earlierClaim, earlier, severity, [])
                        order.append(candidate)
                    }
                    anchors[candidate]!.worst = max(anchors[candidate]!.worst, severity)
                    anchors[candidate]!.related.append((claim, later.figure, outcome))
                    break
                }
            }
        }
        return order.compactMap { key in
            let anchor = anchors[key]!
            guard let severity = context.severity(rule, natural: anchor.worst), let (claim, figure, outcome) = anchor.related.first else { return nil }
            let what = [anchor.figure.noun ?? anchor.figure.head, anchor.figure.predicate.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            let reason = outcome == .conflict
                ? "they cannot both be right"
                : "a reader takes away different numbers (\(describe(anchor.figure)) vs \(describe(figure)))"
            let others = anchor.related.count > 1 ? " (and \(anchor.related.count - 1) more)" : ""
            return Finding(
                rule, severity, about: anchor.claim,
                message: "\"\(anchor.figure.text)\" and \"\(figure.text)\" on line \(claim.line)\(others) count the same \(what), but \(reason); make them agree or say why they differ",
                span: anchor.figure.text,
                related: anchor.related.map { .init(claim: $0.0.id, line: $0.0.line, column: $0.0.column, text: $0.1.text) })
        }
    }

    /// The context words found in so many claims of the draft that sharing one ties nothing:
    /// more than a twentieth of the claims and at least four.
    static func commonWords(_ framed: [[QuantityFrame]]) -> Set<String> {
        var counts: [String: Int] = [:]
        for frames in framed {
            for word in frames.reduce(into: Set<String>(), { $0.formUnion($1.context) }) { counts[word, default: 0] += 1 }
        }
        let limit = max(4, framed.count / 20)
        return Set(counts.filter { $0.value > limit }.keys)
    }

    /// Whether one figure's interval ends where the other's begins, the two bounds being the
    /// same number written with opposite hedges ("more than 330" / "up to 330").
    static func touches(_ a: Figure, _ b: Figure) -> Bool {
        func meet(_ x: Figure, _ y: Figure) -> Bool {
            guard let high = x.high, let low = y.low, x.low == nil || y.high == nil else { return false }
            return high == low
        }
        return meet(a, b) || meet(b, a)
    }

    /// Whether one figure is a floor ("more than 50", "at least 50") and the other a centre
    /// ("about 50", "environ 50") on the same number: a reader takes away "over 50" from one and
    /// "roughly 50, maybe fewer" from the other.
    static func floorAgainstCentre(_ a: Figure, _ b: Figure) -> Bool {
        func check(_ floor: Figure, _ centre: Figure) -> Bool {
            guard floor.kind == .atLeast, centre.kind == .approximate, let low = floor.low, let value = centre.value else { return false }
            return low == value
        }
        return check(a, b) || check(b, a)
    }

    /// Whether two claims can be about the same moment: not when both are dated and their
    /// dates do not overlap ("in 2020, 35 diplomats…" and "in 2022, 50 diplomats…").
    static func sameScope(_ a: Claim, _ b: Claim) -> Bool {
        let first = a.dates.compactMap { date in date.firstDay.flatMap { start in date.lastDay.map { (start, $0) } } }
        let second = b.dates.compactMap { date in date.firstDay.flatMap { start in date.lastDay.map { (start, $0) } } }
        guard !first.isEmpty, !second.isEmpty else { return true }
        return first.contains { x in second.contains { y in x.0 <= y.1 && y.0 <= x.1 } }
    }

    /// "a ceiling", "an estimate", … — how a reader takes a figure.
    static func describe(_ figure: Figure) -> String {
        switch figure.kind {
        case .exact: return "an exact count"
        case .approximate: return "an estimate"
        case .nearly: return "a figure just under"
        case .atMost: return "a ceiling"
        case .atLeast: return "a floor"
        case .range: return "a range"
        case .vague: return "a vague quantity"
        }
    }
}
