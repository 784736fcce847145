/// How a source passage bears on a claim; raw values are the JSON `agreement` strings.
public enum Agreement: String, Sendable, Hashable, Codable, CaseIterable {
    /// The passage is about the claim and its comparable figures or dates agree (or, for a
    /// claim without figures and dates, it shares most of the claim's content words).
    case supports
    /// The passage is about the claim and a figure or date measuring the same thing disagrees.
    case conflicts
    /// The passage is about the claim but settles nothing.
    case related
}
