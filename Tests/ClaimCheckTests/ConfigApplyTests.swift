import ClaimCheckHTML
import Testing

@testable import ClaimCheck

/// A configuration applied to the checks: severities, publishers, vague phrases, ignore globs.
@Suite("config: applied")
struct ConfigApplyTests {
    private let config: Config

    init() throws {
        config = try Config.parse(
            yaml: """
                rules: {unsourced-figure: error, vague-attribution: off}
                tolerance: 0.2
                publishers:
                  - {name: Harbour Gazette, aliases: [HG Daily], domains: [harbourgazette.example]}
                vague-attributions: [word on the quay]
                """, path: "fixtures/config/.claimcheck.yml")
    }

    private func findings(_ text: String, options: CheckOptions) -> [Finding] {
        let document = MarkdownReader.read(text, path: "draft.md")
        return ClaimChecker(options: options).check(document, fileText: text).findings
    }

    @Test("Options take the configuration's severities, tolerance, publishers and phrases")
    func options() {
        let options = CheckOptions().applying(config)
        #expect(options.severities[.unsourcedFigure] == .some(.error))
        #expect(options.tolerance == 0.2)
        #expect(options.aliases.publisher(named: "HG Daily")?.name == "Harbour Gazette")
        #expect(options.aliases.publisher(forHost: "https://www.harbourgazette.example/a")?.name == "Harbour Gazette")
        #expect(options.aliases.publisher(named: "Le Monde")?.name == "Le Monde", "the built-in table stays")
        #expect(CheckOptions().aliases.publisher(named: "HG Daily") == nil)
    }

    @Test("A rule set to a severity is reported at it; a rule set to off is not reported")
    func severities() {
        let text = "# T\n\nThe harbour employed 800 dockers in 2023.\n\nAccording to local media, 40 ships were turned away.\n"
        let before = findings(text, options: CheckOptions())
        #expect(before.map(\.rule) == [.unsourcedFigure, .vagueAttribution])
        #expect(before.map(\.severity) == [.warning, .warning])
        let after = findings(text, options: CheckOptions().applying(config))
        #expect(after.map(\.rule) == [.unsourcedFigure])
        #expect(after.map(\.severity) == [.error])
    }

    @Test("A configured publisher is a specific source; a configured phrase is a vague one")
    func attributions() {
        let finder = AttributionFinder(aliases: CheckOptions().applying(config).aliases, extraVaguePhrases: config.vagueAttributions)
        let named = finder.attributions(in: "According to HG Daily, the crane lifts 65 tonnes.")
        #expect(named.map(\.kind) == [.specific])
        #expect(named.first?.publisher?.name == "Harbour Gazette")
        let vague = finder.attributions(in: "Word on the quay is that 40 ships were turned away.")
        #expect(vague.map(\.kind) == [.vague])
        #expect(vague.first?.text == "Word on the quay")
        #expect(AttributionFinder().attributions(in: "Word on the quay is that 40 ships were turned away.").isEmpty)
    }

    @Test(
        "Ignore globs, relative to the configuration's folder",
        arguments: [
            ("drafts/old/**", "base/drafts/old/a.md", true),
            ("drafts/old/**", "base/drafts/a.md", false),
            ("drafts/old", "base/drafts/old/deep/a.md", true),
            ("*.notes.md", "base/x/y/a.notes.md", true),
            ("*.notes.md", "base/a.md", false),
            ("/a.md", "base/a.md", true),
            ("/a.md", "base/x/a.md", false),
            ("sources/*.html", "base/sources/x.html", true),
            ("sources/*.html", "base/sources/deep/x.html", false),
            ("**/archive/*", "base/2024/archive/x.html", true),
            ("*.md", "elsewhere/a.md", false),
        ])
    func ignore(pattern: String, path: String, ignored: Bool) {
        #expect(IgnorePatterns(folder: "base", patterns: [pattern]).ignores(path) == ignored)
    }
}
