/// One `<!-- claimcheck-… -->` comment, parsed.
struct SilencingDirective: Equatable {
    enum Kind: String, CaseIterable {
        case disableNextLine = "claimcheck-disable-next-line"
        case disable = "claimcheck-disable"
        case enable = "claimcheck-enable"
    }

    var kind: Kind
    /// The rules named; empty means every rule.
    var rules: [Rule]
    /// Names given that are no rule.
    var unknownRules: [String]
    /// The text after `--`, if any.
    var reason: String?

    /// The directive in a comment's body, or nil when the comment is not one; an unknown
    /// `claimcheck-…` word is returned as `.failure` with the word.
    static func parse(_ body: String) -> Result<SilencingDirective, UnknownDirective>? {
        let trimmed = body.trimmingSpaces()
        guard trimmed.hasPrefix("claimcheck-") else { return nil }
        let word = String(trimmed.prefix { !$0.isWhitespace })
        guard let kind = Kind(rawValue: word) else { return .failure(UnknownDirective(word: word)) }
        var rest = trimmed.dropFirst(word.count)
        var reason: String?
        if let dashes = rest.range(of: "--") {
            let text = rest[dashes.upperBound...].trimmingSpaces()
            reason = text.isEmpty ? nil : String(text)
            rest = rest[..<dashes.lowerBound]
        }
        var rules: [Rule] = []
        var unknown: [String] = []
        for name in rest.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
            if let rule = Rule(rawValue: String(name)) { rules.append(rule) } else { unknown.append(String(name)) }
        }
        return .success(SilencingDirective(kind: kind, rules: rules, unknownRules: unknown, reason: reason))
    }

    /// A `claimcheck-…` word that names no directive.
    struct UnknownDirective: Error, Equatable {
        var word: String
    }
}
