import ClaimCheckTestSupport
import Testing

@testable import ClaimCheck

/// `.claimcheck.yml` parsing: each key, bad values and typos, each error with its line.
@Suite("config: parsing")
struct ConfigParsingTests {
    private func parse(_ yaml: String) throws -> Config {
        try Config.parse(yaml: yaml, path: "cfg/.claimcheck.yml")
    }

    private func error(_ yaml: String) -> ConfigError? {
        do {
            _ = try Config.parse(yaml: yaml, path: "cfg/.claimcheck.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test("The complete example of docs/configuration.md reads every key")
    func fullExample() throws {
        let folder = CommandRunner.repositoryRoot.appendingPathComponent("fixtures/config/full").path
        let config = try Config.load(path: folder + "/.claimcheck.yml")
        #expect(config.severities.count == 3)
        #expect(config.severities[.unsourcedFigure] == .some(.error))
        #expect(config.severities[.sourceUnavailable] == .some(nil))
        #expect(config.severities[.quoteNotFound] == .some(.info))
        #expect(config.failOn == .warning)
        #expect(config.tolerance == 0.05)
        #expect(config.publishers == [.init(name: "Harbour Gazette", aliases: ["The Gazette", "HG Daily"], domains: ["harbourgazette.example"])])
        #expect(config.ignore.patterns == ["drafts/old/**", "*.notes.md"])
        #expect(config.ignore.folder == folder)
        #expect(config.vagueAttributions == ["word on the quay", "people familiar with the matter"])
    }

    @Test("An empty file, or one of comments, is a configuration with nothing set")
    func empty() throws {
        for yaml in ["", "# nothing yet\n", "rules:\nignore:\n"] {
            let config = try parse(yaml)
            #expect(config.severities.isEmpty && config.failOn == nil && config.tolerance == nil && config.ignore.patterns.isEmpty)
        }
    }

    @Test("A misspelt key names the file, the line and the closest key")
    func typoKey() {
        let found = error("# settings\nfail-on: warning\nruels:\n  unsourced-figure: off\n")
        #expect(found?.description == "cfg/.claimcheck.yml:3: unknown key 'ruels' (did you mean 'rules'?)")
    }

    @Test(
        "Bad values are errors on their own line",
        arguments: [
            ("rules:\n  unsourced-figure: loud\n", 2, "bad value 'loud' for 'unsourced-figure': expected one of error, warning, info, off"),
            ("rules:\n  unsourced-figures: off\n", 2, "unknown rule 'unsourced-figures' (did you mean 'unsourced-figure'?)"),
            ("rules:\n  unsourced-figure:\n", 2, "rule 'unsourced-figure' needs a severity: error, warning, info or off"),
            ("rules: [error]\n", 1, "'rules' must map rule ids to error, warning, info or off"),
            ("fail-on: warnings\n", 1, "bad value 'warnings' for 'fail-on': expected one of error, warning, info, none (did you mean 'warning'?)"),
            ("\ntolerance: 1.5\n", 2, "bad value '1.5' for 'tolerance': expected a number at least 0 and below 1 (0.1 is 10 %)"),
            ("tolerance: ten\n", 1, "bad value 'ten' for 'tolerance': expected a number at least 0 and below 1 (0.1 is 10 %)"),
            ("tolerance: -0.1\n", 1, "bad value '-0.1' for 'tolerance': expected a number at least 0 and below 1 (0.1 is 10 %)"),
            ("ignore:\n  a: b\n", 2, "'ignore' must be a list of strings"),
            ("vague-attributions:\n  - sources say\n  - [x]\n", 3, "'vague-attributions' must be a list of non-empty strings"),
            ("publishers:\n  - name: X\n    alias: [Y]\n", 3, "unknown key 'alias' (did you mean 'aliases'?)"),
            ("publishers:\n  - aliases: [Y]\n", 2, "a publisher needs a 'name'"),
            ("publishers: Le Monde\n", 1, "'publishers' must be a list of {name, aliases, domains}"),
            ("fail-on: error\nfail-on: info\n", 2, "duplicate key 'fail-on' (first at line 1)"),
            ("- rules\n", 1, "the configuration must be a mapping of keys to values"),
        ])
    func badValue(yaml: String, line: Int, problem: String) {
        let found = error(yaml)
        #expect(found?.line == line)
        #expect(found?.problem == problem)
    }

    @Test("Invalid YAML is an error with the line the parser stopped at")
    func invalidYAML() {
        let found = error("rules:\n  unsourced-figure: off\n fail-on: [warning\n")
        #expect(found?.path == "cfg/.claimcheck.yml")
        #expect(found?.line != nil)
        #expect(found?.problem.hasPrefix("invalid YAML: ") == true)
    }

    @Test("A missing file or a folder: an error naming the path, with no line")
    func unreadable() {
        let folder = CommandRunner.repositoryRoot.appendingPathComponent("fixtures/config").path
        #expect(throws: ConfigError(path: folder + "/nope.yml", line: nil, problem: "no such file")) {
            try Config.load(path: folder + "/nope.yml")
        }
        #expect(throws: ConfigError(path: folder, line: nil, problem: "is a directory")) {
            try Config.load(path: folder)
        }
    }

    @Test("'off' and 'no' stay words, a single ignore pattern is a list of one, phrases are folded to lower case")
    func scalars() throws {
        let config = try parse("rules:\n  vague-attribution: off\nignore: archive\nvague-attributions:\n  - Word On The Quay’s\n")
        #expect(config.severities[.vagueAttribution] == .some(nil))
        #expect(config.ignore.patterns == ["archive"])
        #expect(config.vagueAttributions == ["word on the quay's"])
    }
}
