/// Paths to the repository's `fixtures/` folder and `../shared/eval`, found from this file.
enum Fixtures {
    static let root: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ClaimCheckHTMLTests/Fixtures.swift
        return parts.joined(separator: "/")
    }()

    /// The path of a fixture, e.g. `Fixtures.path("drafts/plain-paragraphs.txt")`.
    static func path(_ relative: String) -> String { root + "/fixtures/" + relative }
}
