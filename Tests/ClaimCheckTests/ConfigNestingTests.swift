import Foundation
import Testing

@testable import ClaimCheck

/// A configuration nested past `ConfigNesting.limit` is refused before the YAML parser (which
/// recurses) can overflow the stack; ordinary configurations pass.
@Suite("Configuration nesting")
struct ConfigNestingTests {
    @Test("Deep flow or block nesting is one error with its line", arguments: [
        String(repeating: "{", count: 100_000),
        "rules:\n  x: " + String(repeating: "[", count: 5_000),
        String(repeating: "- ", count: 50_000) + "x\n",
        "vague-attributions: [l'AFP, " + String(repeating: "{", count: 5_000),
        "# a comment ended by a carriage return\r" + String(repeating: "[", count: 5_000),
        "rules:\r\n  x: " + String(repeating: "{", count: 5_000),
    ])
    func refused(_ yaml: String) {
        #expect(throws: ConfigError.self) { try Config.parse(yaml: yaml, path: "deep.yml") }
        do {
            _ = try Config.parse(yaml: yaml, path: "deep.yml")
        } catch {
            #expect(error.problem == "nested more than 64 levels deep")
            #expect(error.line != nil)
        }
    }

    @Test("The config fuzz target's stack-overflow inputs are refused, not a crash", arguments: [
        "config-stack-overflow-nested-flow.yml", "config-stack-overflow-comment-ended-by-cr.yml",
    ])
    func fuzzInput(name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/fuzz/" + name)
        // Read as the fuzz target reads bytes (invalid UTF-8 replaced; `Config.load` would refuse
        // such a file as "not UTF-8 text" before parsing it).
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        // The nesting check, not a YAML syntax error (unclosed brackets are one too), refuses it.
        let error = #expect(throws: ConfigError.self) { try Config.parse(yaml: text, path: url.path) }
        #expect(error?.problem == "nested more than 64 levels deep")
    }

    @Test("Brackets inside quotes and comments, and a real configuration, pass")
    func ordinary() throws {
        let quoted = "vague-attributions: ['" + String(repeating: "[", count: 200) + "']\n# " + String(repeating: "{", count: 200) + "\n"
        #expect(ConfigNesting.firstTooDeep(quoted) == nil)
        let config = "fail-on: warning\nrules:\n  unsourced-figure: off\npublishers:\n  - name: Le Monde\n    domains: [lemonde.fr]\n"
        #expect(ConfigNesting.firstTooDeep(config) == nil)
    }
}
