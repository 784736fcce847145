import Foundation
import ClaimCheckTestSupport
import Testing

@testable import ClaimCheck

/// `claimcheck check --format sarif`: valid SARIF 2.1.0, every rule described, results placed
/// on the draft, evidence as related locations, suppressions.
@Suite("check: SARIF")
struct SARIFTests {
    private let root = CommandRunner.repositoryRoot.path

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func run(_ sarif: [String: Any]) throws -> [String: Any] {
        try #require((sarif["runs"] as? [[String: Any]])?.first)
    }

    private func results(_ sarif: [String: Any]) throws -> [[String: Any]] {
        try #require(try run(sarif)["results"] as? [[String: Any]])
    }

    /// The region of a result's first location.
    private func region(of result: [String: Any]) -> [String: Any]? {
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
    }

    /// The seed page checked against its sources, with one finding suppressed with a reason,
    /// one without, and a draft that cannot be read.
    private func seedReport() throws -> CheckReport {
        var report = ClaimChecker().check(
            drafts: ["fixtures/seed/draft.html", "fixtures/no-such-draft.html"].map { root + "/" + $0 },
            sources: [root + "/fixtures/seed/sources"])
        try #require(report.documents.first?.findings.count ?? 0 >= 2)
        report.documents[0].findings[0].suppression = .init(line: 42, justification: "figures checked with the desk, 2 Nov")
        report.documents[0].findings[1].suppression = .init(line: 42, justification: nil)
        return report
    }

    @Test(
        "The seed report validates against the SARIF 2.1.0 schema",
        .enabled(if: SARIFSchema.isAvailable, "needs python3 with jsonschema, and ../shared/schemas"))
    func validatesAgainstSchema() throws {
        let command = try CommandRunner.run(["check", "fixtures/seed/draft.html", "--sources", "fixtures/seed/sources", "--format", "sarif"])
        #expect(command.status == 0)
        #expect(try SARIFSchema.violations(of: command.standardOutput) == nil)
        #expect(try SARIFSchema.violations(of: try seedReport().sarif(workingDirectory: root)) == nil)
    }

    @Test(
        "The schema check can fail: a SARIF with a wrong version and a bad level is rejected",
        .enabled(if: SARIFSchema.isAvailable, "needs python3 with jsonschema, and ../shared/schemas"))
    func schemaCheckCanFail() throws {
        let broken = try seedReport().sarif(workingDirectory: root)
            .replacingOccurrences(of: "\"version\": \"2.1.0\"", with: "\"version\": \"2.0\"")
            .replacingOccurrences(of: "\"level\": \"note\"", with: "\"level\": \"info\"")
        let violations = try #require(try SARIFSchema.violations(of: broken))
        #expect(violations.contains("version"))
    }

    @Test("tool.driver describes every rule: id, UpperCamelCase name, descriptions, default level, help")
    func rules() throws {
        let sarif = try object(try seedReport().sarif(workingDirectory: root))
        #expect(sarif["version"] as? String == "2.1.0")
        #expect((sarif["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let driver = try #require((try run(sarif)["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "claimcheck")
        #expect(driver["version"] as? String == ClaimCheck.version)
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == Rule.allCases.map(\.rawValue))
        #expect(rules.first?["name"] as? String == "ConflictingFigures")
        #expect(rules.compactMap { $0["name"] as? String }.contains("UnsupportedBySource"))
        for (rule, entry) in zip(Rule.allCases, rules) {
            #expect((entry["shortDescription"] as? [String: String])?["text"] == rule.summary)
            #expect(((entry["fullDescription"] as? [String: String])?["text"]?.count ?? 0) > rule.summary.count)
            #expect(((entry["help"] as? [String: String])?["text"]?.isEmpty) == false)
        }
        let levels = rules.map { ($0["defaultConfiguration"] as? [String: String])?["level"] }
        #expect(levels == ["error", "error", "warning", "warning", "warning", "note", "warning"])
    }

    @Test("Results: rule, index, level, message, place relative to the working directory, sentence as context")
    func results() throws {
        let report = try seedReport()
        let sarif = try object(report.sarif(workingDirectory: root))
        let results = try results(sarif)
        let findings = report.documents[0].findings
        #expect(results.count == findings.count)
        for (result, finding) in zip(results, findings) {
            #expect(result["ruleId"] as? String == finding.rule.rawValue)
            #expect(result["ruleIndex"] as? Int == Rule.allCases.firstIndex(of: finding.rule))
            #expect(result["level"] as? String == ["error": "error", "warning": "warning", "info": "note"][finding.severity.rawValue])
            #expect((result["message"] as? [String: String])?["text"] == finding.message)
            let physical = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: String])
            #expect(artifact == ["uri": "fixtures/seed/draft.html", "uriBaseId": "%SRCROOT%"])
            let region = try #require(physical["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == finding.line)
            #expect((region["startColumn"] as? Int ?? 0) >= finding.column)
            #expect((region["endColumn"] as? Int ?? 0) > (region["startColumn"] as? Int ?? 0))
            let sentence = (physical["contextRegion"] as? [String: Any])?["snippet"] ?? region["snippet"]
            #expect((sentence as? [String: String])?["text"] == finding.text)
            #expect(((result["partialFingerprints"] as? [String: String])?["claimcheck/v1"]?.count) == 16)
        }
        let base = try #require(try run(sarif)["originalUriBaseIds"] as? [String: [String: String]])
        #expect(base["%SRCROOT%"]?["uri"] == "file://" + root + "/")
    }

    @Test("The region is the span: “up to fifty” on line 43 of the page, columns 114–125")
    func spanRegion() throws {
        let results = try results(try object(try seedReport().sarif(workingDirectory: root)))
        let conflict = try #require(results.first { $0["ruleId"] as? String == "conflicting-figures" })
        let physical = try #require((conflict["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 43)
        #expect(region["startColumn"] as? Int == 114)
        #expect(region["endColumn"] as? Int == 125)
        #expect((region["snippet"] as? [String: String])?["text"] == "up to fifty")
    }

    @Test("Evidence and the other figure are related locations")
    func relatedLocations() throws {
        let results = try results(try object(try seedReport().sarif(workingDirectory: root)))
        func related(_ rule: String, line: Int) throws -> [[String: Any]] {
            let result = try #require(results.first { $0["ruleId"] as? String == rule && region(of: $0)?["startLine"] as? Int == line })
            return try #require(result["relatedLocations"] as? [[String: Any]])
        }
        let other = try #require(try related("conflicting-figures", line: 43).first)
        let otherPlace = try #require(other["physicalLocation"] as? [String: Any])
        #expect((otherPlace["artifactLocation"] as? [String: String])?["uri"] == "fixtures/seed/draft.html")
        #expect((otherPlace["region"] as? [String: Any])?["startLine"] as? Int == 53)
        #expect((other["message"] as? [String: String])?["text"]?.contains("around 50") == true)

        // A finding that rests on a source passage points at it: the contradicted figure.
        let report = ClaimChecker().check(
            drafts: [root + "/fixtures/cases/contradicted-figure/draft.html"], sources: [root + "/fixtures/cases/contradicted-figure/sources"])
        let conflict = try #require(report.documents.first?.findings.first { $0.rule == .sourceConflict })
        let passage = try #require(conflict.evidence)
        let sarif = try self.results(try object(report.sarif(workingDirectory: root)))
        let result = try #require(sarif.first { $0["ruleId"] as? String == "source-conflict" })
        let evidence = try #require((result["relatedLocations"] as? [[String: Any]])?.first)
        let place = try #require(evidence["physicalLocation"] as? [String: Any])
        #expect((place["artifactLocation"] as? [String: String])?["uri"] == "fixtures/cases/contradicted-figure/sources/northernledger.html")
        #expect((place["region"] as? [String: Any])?["startLine"] as? Int == passage.line)
        #expect((evidence["message"] as? [String: String])?["text"]?.contains("84") == true)
    }

    @Test("A suppressed finding carries an in-source suppression, with its justification when given")
    func suppressions() throws {
        let results = try results(try object(try seedReport().sarif(workingDirectory: root)))
        #expect(
            (results[0]["suppressions"] as? [[String: String]]) == [["kind": "inSource", "justification": "figures checked with the desk, 2 Nov"]])
        #expect((results[1]["suppressions"] as? [[String: String]]) == [["kind": "inSource"]])
        #expect(results.dropFirst(2).allSatisfy { $0["suppressions"] == nil })
    }

    @Test("A draft that cannot be read: execution not successful, an error notification naming it")
    func invocation() throws {
        let invocation = try #require((try run(try object(try seedReport().sarif(workingDirectory: root)))["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "error")
        #expect((notification["message"] as? [String: String])?["text"]?.hasPrefix("fixtures/no-such-draft.html: ") == true)

        let clean = ClaimChecker().check(drafts: [root + "/fixtures/seed/draft.txt"], sources: [])
        let cleanInvocation = try #require((try run(try object(clean.sarif(workingDirectory: root)))["invocations"] as? [[String: Any]])?.first)
        #expect(cleanInvocation["executionSuccessful"] as? Bool == true)
        #expect(cleanInvocation["toolExecutionNotifications"] == nil)
    }
}

/// Validates SARIF against the OASIS 2.1.0 schema in `../shared/schemas`, with Python's
/// `jsonschema` run as a process. Tests that need it are enabled only when `isAvailable`.
enum SARIFSchema {
    /// `../shared/schemas/sarif-schema-2.1.0.json`, beside the repository.
    static let schemaPath = CommandRunner.repositoryRoot
        .deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json").path

    /// Whether the schema is there and `python3` can import `jsonschema`.
    static let isAvailable: Bool = {
        guard FileManager.default.fileExists(atPath: schemaPath) else { return false }
        return (try? python(["-c", "import jsonschema"]).status) == 0
    }()

    private static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        validator = jsonschema.validators.validator_for(schema)(schema)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors[:20]:
            print("/".join(map(str, error.absolute_path)) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """

    /// The schema's complaints about `sarif`: empty when it is valid.
    static func violations(of sarif: String) throws -> String? {
        let folder = try TemporaryFolder()
        let file = try folder.file("report.sarif", text: sarif)
        let outcome = try python(["-c", script, schemaPath, file])
        return outcome.status == 0 ? nil : outcome.output
    }

    private static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
