import Foundation

extension CheckReport {
    /// The address given as the tool's `informationUri` in SARIF.
    public static let informationURI = "https://github.com/claimcheck/claimcheck"

    /// The report as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    ///
    /// One run: the tool with every `Rule` described (`tool.driver.rules`), one result per
    /// finding with its rule, level (`note` for info), message and place in the draft
    /// (`artifactLocation.uri` relative to `workingDirectory` under `uriBaseId: "%SRCROOT%"`;
    /// a region on the finding's span, with the sentence in `contextRegion`), a
    /// `partialFingerprints["claimcheck/v1"]` that does not depend on line numbers (see
    /// `Fingerprint`), the evidence and the other figures of a conflict as
    /// `relatedLocations`, and `suppressions` when an inline comment silences the finding.
    /// Drafts and sources that could not be read are `toolExecutionNotifications`.
    ///
    /// The drafts are read again (best effort) to place each span on its own line and column.
    ///
    /// - Parameter workingDirectory: the directory relative paths were given from (the
    ///   repository root in CI); an absolute path.
    public func sarif(workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        var results: [JSONValue] = []
        for document in documents {
            let artifact = ArtifactPath(document.path, workingDirectory: workingDirectory)
            let lines = DraftLines.load(document)
            let fingerprints = Fingerprint.fingerprints(of: document.findings, uri: artifact.uri)
            for (finding, fingerprint) in zip(document.findings, fingerprints) {
                results.append(
                    Self.sarif(finding: finding, artifact: artifact, lines: lines, fingerprint: fingerprint, workingDirectory: workingDirectory))
            }
        }
        let run: JSONValue = .object([
            (
                "tool",
                .object([
                    (
                        "driver",
                        .object([
                            ("name", .string("claimcheck")),
                            ("version", .string(ClaimCheck.version)),
                            ("semanticVersion", .string(ClaimCheck.version)),
                            ("informationUri", .string(Self.informationURI)),
                            ("rules", .array(Rule.allCases.map(Self.sarif(rule:)))),
                        ])
                    )
                ])
            ),
            ("invocations", .array([sarifInvocation(workingDirectory: workingDirectory)])),
            ("originalUriBaseIds", .object([("%SRCROOT%", .object([("uri", .string(ArtifactPath.directoryURI(workingDirectory)))]))])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSONValue.object([
            ("$schema", .string("https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered() + "\n"
    }

    /// SARIF's name for a severity.
    static func sarifLevel(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func sarif(rule: Rule) -> JSONValue {
        .object([
            ("id", .string(rule.rawValue)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.fullDescription))])),
            ("defaultConfiguration", .object([("level", .string(sarifLevel(rule.defaultSeverity)))])),
            ("help", .object([("text", .string(rule.help))])),
        ])
    }

    static func sarif(finding: Finding, artifact: ArtifactPath, lines: [[Unicode.Scalar]]?, fingerprint: String, workingDirectory: String)
        -> JSONValue
    {
        let region = FindingRegion(finding, lines: lines)
        var physical: [(String, JSONValue)] = [
            ("artifactLocation", sarif(artifact: artifact)),
            (
                "region",
                .object([
                    ("startLine", .int(region.line)), ("startColumn", .int(region.startColumn)), ("endColumn", .int(region.endColumn)),
                    ("snippet", .object([("text", .string(region.snippet))])),
                ])
            ),
        ]
        if region.snippet != finding.text {
            physical.append(
                (
                    "contextRegion",
                    .object([
                        ("startLine", .int(finding.line)), ("startColumn", .int(finding.column)),
                        ("snippet", .object([("text", .string(finding.text))])),
                    ])
                ))
        }
        var related: [JSONValue] = []
        for other in finding.related {
            related.append(
                .object([
                    ("id", .int(related.count + 1)),
                    (
                        "physicalLocation",
                        .object([
                            ("artifactLocation", sarif(artifact: artifact)),
                            ("region", .object([("startLine", .int(other.line)), ("startColumn", .int(other.column))])),
                        ])
                    ),
                    ("message", .object([("text", .string("the other figure: \(other.text)"))])),
                ]))
        }
        if let evidence = finding.evidence {
            let source = ArtifactPath(evidence.source, workingDirectory: workingDirectory)
            let publisher = evidence.publisher.map { "\($0), " } ?? ""
            related.append(
                .object([
                    ("id", .int(related.count + 1)),
                    (
                        "physicalLocation",
                        .object([("artifactLocation", sarif(artifact: source)), ("region", .object([("startLine", .int(evidence.line))]))])
                    ),
                    ("message", .object([("text", .string("evidence (\(publisher)\(evidence.agreement.rawValue)): \(evidence.excerpt)"))])),
                ]))
        }
        var result: [(String, JSONValue)] = [
            ("ruleId", .string(finding.rule.rawValue)),
            ("ruleIndex", .int(Rule.allCases.firstIndex(of: finding.rule) ?? 0)),
            ("level", .string(sarifLevel(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([("physicalLocation", .object(physical))])])),
            ("partialFingerprints", .object([(Fingerprint.key, .string(fingerprint))])),
        ]
        if !related.isEmpty { result.append(("relatedLocations", .array(related))) }
        if let suppression = finding.suppression {
            var entry: [(String, JSONValue)] = [("kind", .string("inSource"))]
            if let justification = suppression.justification { entry.append(("justification", .string(justification))) }
            result.append(("suppressions", .array([.object(entry)])))
        }
        if let claim = finding.claim { result.append(("properties", .object([("claim", .string(claim))]))) }
        return .object(result)
    }

    static func sarif(artifact: ArtifactPath) -> JSONValue {
        artifact.isRelative
            ? .object([("uri", .string(artifact.uri)), ("uriBaseId", .string("%SRCROOT%"))])
            : .object([("uri", .string(artifact.uri))])
    }

    /// The run's invocation: successful unless a draft could not be read; unreadable drafts
    /// (errors) and sources (warnings) as notifications.
    func sarifInvocation(workingDirectory: String) -> JSONValue {
        func notification(level: String, path: String, problem: String) -> JSONValue {
            let artifact = ArtifactPath(path, workingDirectory: workingDirectory)
            return .object([
                ("level", .string(level)),
                ("message", .object([("text", .string("\(artifact.path): \(problem)"))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", Self.sarif(artifact: artifact))]))])])),
            ])
        }
        var notifications = failures.map { notification(level: "error", path: $0.path, problem: $0.error.description) }
        for source in sources {
            if let error = source.error { notifications.append(notification(level: "warning", path: source.path, problem: error)) }
        }
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(failures.isEmpty))]
        if !notifications.isEmpty { invocation.append(("toolExecutionNotifications", .array(notifications))) }
        return .object(invocation)
    }
}
