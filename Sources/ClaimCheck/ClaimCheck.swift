@_exported import ClaimCheckHTML
@_exported import ClaimCheckText

/// The claimcheck library: read drafts and sources, find figures and claims, check them.
public enum ClaimCheck {
    /// The tool's version, as printed by `claimcheck --version` and written in reports.
    public static let version = "0.1.0"
}
