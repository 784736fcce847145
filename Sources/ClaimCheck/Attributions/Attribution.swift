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

    /// Creates an attribution.
    public init(
        text: String, kind: Kind, source: String? = nil, publisher: Publisher? = nil, href: String? = nil,
        inheritedFrom: String? = nil
    ) {
        self.text = text
        self.kind = kind
        self.source = source
        self.publisher = publisher
        self.href = href
        self.inheritedFrom = inheritedFrom
    }
}
