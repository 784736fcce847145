/// The checks claimcheck runs. The raw values are stable ids, a public contract.
public enum Rule: String, Sendable, Hashable, CaseIterable {
    case conflictingFigures = "conflicting-figures"
    case sourceConflict = "source-conflict"
    case unsourcedFigure = "unsourced-figure"
    case vagueAttribution = "vague-attribution"
    case unsupportedBySource = "unsupported-by-source"
    case sourceUnavailable = "source-unavailable"
    case quoteNotFound = "quote-not-found"

    /// The severity a finding of this rule gets unless configured otherwise.
    /// (`conflicting-figures` is an error for disjoint figures and a warning for differently
    /// hedged ones; this is its severity for the former.)
    public var defaultSeverity: Severity {
        switch self {
        case .conflictingFigures, .sourceConflict: return .error
        case .unsourcedFigure, .vagueAttribution, .unsupportedBySource, .quoteNotFound: return .warning
        case .sourceUnavailable: return .info
        }
    }

    /// One line on what the rule finds.
    public var summary: String {
        switch self {
        case .conflictingFigures: return "Two figures in the draft measure the same thing and disagree."
        case .sourceConflict: return "A figure or date disagrees with the cited source."
        case .unsourcedFigure: return "A figure or date has no specific source and no supporting passage."
        case .vagueAttribution: return "The claim's only attribution is vague."
        case .unsupportedBySource: return "The cited source was read, but no passage of it supports the claim."
        case .sourceUnavailable: return "The cited source was not given and could not be read."
        case .quoteNotFound: return "A quoted phrase does not occur in the source it is attributed to."
        }
    }
}
