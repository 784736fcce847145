/// JSON with the SPEC field names; `null` is written for every absent value.
extension Figure: Codable {
    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, value, low, high, lowInclusive, highInclusive, noun, head, predicate
        case isPercentage, hedge
    }

    /// Decodes a figure written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try c.decode(String.self, forKey: .text), start: try c.decode(Int.self, forKey: .start),
            end: try c.decode(Int.self, forKey: .end), kind: try c.decode(Kind.self, forKey: .kind),
            value: try c.decodeIfPresent(Double.self, forKey: .value),
            low: try c.decodeIfPresent(Double.self, forKey: .low),
            high: try c.decodeIfPresent(Double.self, forKey: .high),
            lowInclusive: try c.decode(Bool.self, forKey: .lowInclusive),
            highInclusive: try c.decode(Bool.self, forKey: .highInclusive),
            noun: try c.decodeIfPresent(String.self, forKey: .noun),
            head: try c.decodeIfPresent(String.self, forKey: .head),
            predicate: try c.decodeIfPresent(String.self, forKey: .predicate),
            isPercentage: try c.decodeIfPresent(Bool.self, forKey: .isPercentage) ?? false,
            hedge: try c.decodeIfPresent(String.self, forKey: .hedge))
    }

    /// Writes the SPEC fields, `null` for absent or non-finite values.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try encodeFinite(value, .value, &c)
        try encodeFinite(low, .low, &c)
        try encodeFinite(high, .high, &c)
        try c.encode(lowInclusive, forKey: .lowInclusive)
        try c.encode(highInclusive, forKey: .highInclusive)
        try encodeOptional(noun, .noun, &c)
        try encodeOptional(head, .head, &c)
        try encodeOptional(predicate, .predicate, &c)
        try c.encode(isPercentage, forKey: .isPercentage)
        try encodeOptional(hedge, .hedge, &c)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }

    private func encodeFinite(
        _ v: Double?, _ key: CodingKeys, _ c: inout KeyedEncodingContainer<CodingKeys>
    ) throws {
        if let v, v.isFinite { try c.encode(v, forKey: key) } else { try c.encodeNil(forKey: key) }
    }

    private func encodeOptional(
        _ v: String?, _ key: CodingKeys, _ c: inout KeyedEncodingContainer<CodingKeys>
    ) throws {
        if let v { try c.encode(v, forKey: key) } else { try c.encodeNil(forKey: key) }
    }
}
