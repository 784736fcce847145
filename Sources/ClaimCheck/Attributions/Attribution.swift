/// Who a sentence says its fact comes from.
///
/// "according to Le Monde" is `specific` (publisher Le Monde); "according to French media",
/// "reportedly" and "selon des sources" are `vague` — a vague attribution is not a source.
public struct Attribution: Sendable, Hashable {
    /// Whether the attribution names a source a reader could check.
    public enum Kind: String, Sendable, Hashable {
        case specific
        case vague
    }

    /// The attribution's words as written ("according to French media", "as LeMonde reported").
    public var text: String
    /// Specific or vague.
    public var kind: Kind
    /// Who is credited ("Le Monde", "French Interior Ministry"), when a name is given.
    public var source: String?
    /// The publisher the name or link resolves to through the aliases, if any.
    public var publisher: Publisher?
    /// The link the attribution rests on, for a hyperlink in the sentence.
    public var href: String?
    /// Set when the sentence has no attribution of its own and continues the specific
    /// attribution of an earlier sentence of its paragraph: that sentence's claim id.
    public var inheritedFrom: String?
    /// Where an inherited attribution was found, when `inheritedFrom` is set.
    public var inheritedScope: InheritedScope?
    /// Whether other sentences may continue this attribution. A named body as its own sentence's
    /// subject ("The Office banned 12 pesticides") sources that act only, not its neighbours.
    var carries = true

    /// Whether a vague attribution names no kind of source either: a hedge ("reportedly",
    /// "aurait", "it is understood") or documents without an owner ("according to estimates",
    /// "previous studies"). "According to French media" and "experts say" name a kind of source
    /// (media, experts), vague as it is.
    public var namesNoSource: Bool {
        guard kind == .vague else { return false }
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map(String.init)
        return !words.contains { word in
            (AttributionCues.vagueHeads.contains(word) && !AttributionCues.ownerlessDocumentHeads.contains(word))
                || AttributionCues.sourceKindDeterminers.contains(word)
        }
    }

    /// Where a claim's inherited source stands relative to the claim.
    public enum InheritedScope: String, Sendable, Hashable {
        /// Another sentence of the claim's paragraph (earlier or later).
        case paragraph
        /// The paragraph before, which the claim's paragraph continues (it opens with a quote or
        /// a pronoun: "He added…", "« … »").
        case previousParagraph = "previous-paragraph"
        /// Another sentence of the text that gives the same figure with a source (a standfirst's
        /// figure sourced in the body).
        case sameFigure = "same-figure"
        /// The text presents its figures as its authors' own study ("nous avons dépouillé …",
        /// "our survey …", at least twice): the sentence that first says so.
        case ownStudy = "own-study"
    }

    /// Creates an attribution.
    public init(
        text: String, kind: Kind, source: String? = nil, publisher: Publisher? = nil, href: String? = nil,
        inheritedFrom: String? = nil, inheritedScope: InheritedScope? = nil
    ) {
        self.text = text
        self.kind = kind
        self.source = source
        self.publisher = publisher
        self.href = href
        self.inheritedFrom = inheritedFrom
        self.inheritedScope = inheritedScope
    }
}
