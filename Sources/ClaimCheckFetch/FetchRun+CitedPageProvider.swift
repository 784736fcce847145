import ClaimCheck

/// A fetch run supplies the cited pages a check lacks (`claimcheck check --fetch`).
extension FetchRun: CitedPageProvider {
    /// Fetches the links, as `fetch(_:)` does.
    public func pages(for links: [String]) -> [(link: String, result: Result<FetchedPage, FetchFailure>)] {
        fetch(links)
    }
}
