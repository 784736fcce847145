import Foundation

extension CheckReport {
    /// The report as GitHub Actions workflow commands, one line per finding, which the runner
    /// turns into annotations on the pull request:
    ///
    /// ```
    /// ::warning file=drafts/spies.txt,line=5,col=112,endColumn=123,title=conflicting-figures::"up to fifty" and …
    /// ```
    ///
    /// `error`, `warning`, or `notice` for info; the place as in SARIF (the finding's span,
    /// end column exclusive). Properties and message are escaped as the runner expects
    /// (`GitHubCommand`). Suppressed findings are left out. A draft that could not be read gets
    /// an `::error` titled `claimcheck` with the reason.
    ///
    /// - Parameter workingDirectory: the directory relative paths were given from (the
    ///   workspace in CI); paths under it are written relative to it.
    public func githubAnnotations(workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        var out = ""
        for document in documents {
            let findings = document.findings.filter { $0.suppression == nil }
            if findings.isEmpty { continue }
            let path = ArtifactPath(document.path, workingDirectory: workingDirectory).path
            let lines = DraftLines.load(document)
            for finding in findings {
                let region = FindingRegion(finding, lines: lines)
                let command = GitHubCommand.line(
                    command: Self.githubCommand(finding.severity),
                    properties: [
                        ("file", path), ("line", String(region.line)), ("col", String(region.startColumn)),
                        ("endColumn", String(region.endColumn)), ("title", finding.rule.rawValue),
                    ],
                    message: finding.message)
                out += command + "\n"
            }
        }
        for failure in failures {
            let path = ArtifactPath(failure.path, workingDirectory: workingDirectory).path
            let message = failure.error.description
            let command = GitHubCommand.line(command: "error", properties: [("file", path), ("title", "claimcheck")], message: message)
            out += command + "\n"
        }
        return out
    }

    /// The workflow command for a severity.
    static func githubCommand(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }
}
