/// A sentence a fact-checker would check: it carries a figure, a date, a direct quote or an
/// attribution.
public struct Claim: Sendable {
    /// `c1`, `c2`, … in document order.
    public var id: String
    /// The sentence.
    public var text: String
    /// 1-based line in the draft where the sentence starts.
    public var line: Int
    /// 1-based column (in Unicode scalars) where the sentence starts on that line; 1 when the
    /// sentence could not be placed more precisely than its paragraph.
    public var column: Int
    /// Index of the paragraph in `Document.paragraphs`.
    public var paragraph: Int
    /// The draft's language.
    public var language: Language
    /// Figures in the sentence (counts, hedged quantities, ranges, percentages).
    public var figures: [Figure]
    /// Dates in the sentence (relative times like "a few days ago" excluded).
    public var dates: [DateMention]
    /// Direct quotes in the sentence.
    public var quotes: [Quote]
    /// Who the sentence credits, its own or inherited from its paragraph.
    public var attributions: [Attribution]
    /// Hyperlinks in the sentence.
    public var links: [Link]
    /// The previous sentence of the paragraph, when this one starts by pointing back at it
    /// ("This was stated in a 2016 interview…", "Cela a été confirmé…"): what the claim is about.
    public var antecedent: String?

    /// Whether the claim credits a specific source (its own or inherited).
    public var hasSpecificAttribution: Bool { attributions.contains { $0.kind == .specific } }
    /// Whether every attribution the claim has is vague (and it has at least one).
    public var isOnlyVaguelyAttributed: Bool {
        !attributions.isEmpty && attributions.allSatisfy { $0.kind == .vague }
    }
    /// Whether the claim's attributions are all vague and none of them names even a kind of
    /// source ("according to estimates", "reportedly"): as good as no attribution for a figure.
    public var isAttributedToNoOne: Bool {
        isOnlyVaguelyAttributed && attributions.allSatisfy(\.namesNoSource)
    }
    /// Whether the claim states a checkable figure or date: vague quantities ("several") are not.
    public var hasCheckableFigure: Bool {
        figures.contains { $0.kind != .vague } || !dates.isEmpty
    }
}

/// A quoted phrase in a sentence (“…”, « … », "…").
public struct Quote: Sendable, Hashable {
    /// The words inside the quotation marks.
    public var text: String
    /// Unicode scalar offset of the opening mark in the sentence.
    public var start: Int
}
