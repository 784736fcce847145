import Foundation

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
