extension Rule {
    /// The rule's name in UpperCamelCase (`conflicting-figures` → `ConflictingFigures`), as
    /// SARIF's `reportingDescriptor.name` wants it.
    public var name: String {
        rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A paragraph on what the rule finds and why it matters.
    public var fullDescription: String {
        switch self {
        case .conflictingFigures:
            return "Two figures in the draft count or measure the same thing (same counted noun and verb) and disagree: "
                + "their intervals do not overlap (an error), or one is a ceiling and the other an estimate or a floor (a warning). "
                + "A reader takes away two different numbers for one fact."
        case .sourceConflict:
            return "A figure or date in the claim disagrees with the comparable figure or date in a passage of the source the claim cites. "
                + "Either the draft misreports the source or the source was misread."
        case .unsourcedFigure:
            return "The claim states a checkable figure or date but names no specific source (no link, no named outlet or person, "
                + "none carried over from an earlier sentence of the paragraph), and no source given supports it."
        case .vagueAttribution:
            return "Every attribution of the claim is vague: \"according to French media\", \"sources say\", \"reportedly\", "
                + "\"Kremlin critics\". A reader cannot check who said it."
        case .unsupportedBySource:
            return "The claim cites a source that was read, but no passage of that source supports (or contradicts) the claim. "
                + "The claim may come from elsewhere, or say more than the source does."
        case .sourceUnavailable:
            return "The claim cites a link or a publisher for which no source page was given (or the page could not be read), "
                + "so the claim could not be checked against it."
        case .quoteNotFound:
            return "A direct quote attributed to a source does not occur in that source, after normalising quotes, apostrophes, "
                + "case and whitespace. The quote may be paraphrased, translated or wrong."
        }
    }

    /// What an editor should do about a finding of this rule.
    public var help: String {
        switch self {
        case .conflictingFigures:
            return "Make the two figures agree, or say why they differ (different dates, different counts, different sources)."
        case .sourceConflict:
            return
                "Check the figure against the cited passage (shown as related location) and correct the draft, or cite the source that gives the draft's figure."
        case .unsourcedFigure:
            return
                "Say who reported the figure (\"according to Le Monde\", \"the Interior Ministry said\") or link the report; pass the report with --sources to check it."
        case .vagueAttribution:
            return "Name the outlet, person or body the claim comes from, or link the report; if the source must stay anonymous, say why."
        case .unsupportedBySource:
            return
                "Read the cited source (the closest passage is shown as related location): cite the passage that supports the claim, cite another source, or soften the claim."
        case .sourceUnavailable:
            return "Save the cited page and pass it with --sources so the claim can be checked; this finding is informational."
        case .quoteNotFound:
            return "Quote the source's exact words, mark a translation or paraphrase as such, or attribute the quote to the source that has it."
        }
    }
}
