/// Checks drafts against sources: the whole pipeline, from files to a `CheckReport`.
///
/// ```swift
/// let report = ClaimChecker().check(drafts: ["draft.html"], sources: ["sources/"])
/// print(report.text())
/// ```
public struct ClaimChecker: Sendable {
    /// How the check runs.
    public var options: CheckOptions

    /// Creates a checker.
    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
    }

    /// Reads the drafts and sources and checks every claim.
    ///
    /// A draft that cannot be read is a `failure` in the report; a source that cannot be read
    /// is listed with its error; everything else is still checked.
    public func check(drafts: [String], sources: [String]) -> CheckReport {
        let reader = DocumentReader(maxSize: options.maxSize)
        var report = CheckReport(documents: [], failures: [], sources: [])
        for path in drafts {
            do {
                let (document, text) = try reader.readWithText(path: path)
                report.documents.append(check(document, fileText: text))
            } catch {
                report.failures.append(.init(path: path, error: error))
            }
        }
        return report
    }

    /// Checks one draft already read.
    public func check(_ document: Document, fileText: String? = nil) -> CheckReport.DocumentResult {
        let finder = ClaimFinder(aliases: options.aliases, tolerance: options.tolerance)
        let claims = finder.claims(in: document, fileText: fileText)
        let context = CheckContext(document: document, claims: claims, severities: options.severities)
        return CheckReport.DocumentResult(
            path: document.path, document: document, language: DraftLanguage.of(document), claims: claims,
            evidence: context.evidence, findings: Checks.run(context))
    }
}
