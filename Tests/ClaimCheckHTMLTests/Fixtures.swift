import Foundation

@testable import ClaimCheckHTML

/// The test pages in `fixtures/html`, written for these tests.
enum Fixtures {
    /// `fixtures/html`, found from this file's path.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/html")

    /// The bytes of a fixture.
    static func bytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// A fixture read by the HTML reader.
    static func read(_ name: String, options: HTMLReader.Options = HTMLReader.Options()) throws -> Document {
        try HTMLReader.read(bytes(name), path: name, options: options)
    }

    /// The main text of a fixture, one paragraph a line.
    static func text(_ name: String) throws -> String {
        try read(name).paragraphs.map(\.text).joined(separator: "\n")
    }

    /// Every fixture page.
    static let pages = [
        "article-en.html", "article-fr-graph.html", "article-fr-windows-1252.html",
        "article-fr-iso-8859-1.html", "comments-with-figures.html", "html5-blocks.html",
    ]
}

extension Fixtures {
    /// The path of any fixture under `fixtures/`, e.g. `Fixtures.path("drafts/plain-paragraphs.txt")`.
    static func path(_ relative: String) -> String {
        folder.deletingLastPathComponent().appendingPathComponent(relative).path
    }
}
