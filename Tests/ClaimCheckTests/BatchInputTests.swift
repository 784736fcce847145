import ClaimCheck
import Foundation
import ClaimCheckTestSupport
import Testing

/// Reading batch inputs in process: manifest lines and their numbers, paths relative to the
/// manifest, derived ids, article folders; and the progress line.
@Suite("batch: input")
struct BatchInputTests {
    @Test("Manifest: paths relative to its folder, ids given or derived, malformed lines kept with their number")
    func manifest() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file(
            "m.jsonl",
            text: """
                {"draft": "drafts/Le Monde.md", "sources": ["s/a.html", "/abs/b.html"]}
                [1, 2]

                {"draft": "x.md", "id": "../escape"}
                {"draft": "x.md", "id": "x"}
                {"draft": "y.md", "id": "x"}
                """)
        let input = try BatchInput.read(path)
        let base = folder.url.path
        #expect(input.articles.map(\.id) == ["drafts_Le_Monde", "line-2", "line-4", "x", "x-duplicate-5"])
        #expect(input.articles[0].draft == base + "/drafts/Le Monde.md")
        #expect(input.articles[0].sources == [base + "/s/a.html", "/abs/b.html"])
        #expect(input.articles[0].problem == nil)
        #expect(input.articles[1].origin == path + ":2")
        #expect(input.articles[1].problem?.hasPrefix("expected a JSON object") == true)
        #expect(input.articles[2].problem?.hasPrefix("\"id\" must be") == true)
        #expect(input.articles[3].problem == nil)
        #expect(input.articles[4].problem == "id \"x\" is already used by \(path):5")
    }

    @Test("Folder: draft.* first, else the only draft-like file; sources/ when present")
    func folder() throws {
        let folder = try TemporaryFolder()
        let files = FileManager.default
        let root = folder.url.appendingPathComponent("batch").path
        for name in ["one/sources", "two", "three", ".hidden"] {
            try files.createDirectory(atPath: root + "/" + name, withIntermediateDirectories: true)
        }
        try "x".write(toFile: root + "/one/draft.txt", atomically: true, encoding: .utf8)
        try "x".write(toFile: root + "/one/notes.md", atomically: true, encoding: .utf8)
        try "x".write(toFile: root + "/two/story.html", atomically: true, encoding: .utf8)
        try "x".write(toFile: root + "/three/a.md", atomically: true, encoding: .utf8)
        try "x".write(toFile: root + "/three/b.md", atomically: true, encoding: .utf8)
        let input = try BatchInput.read(root)
        #expect(input.articles.map(\.id) == ["one", "three", "two"])
        #expect(input.articles[0].draft == root + "/one/draft.txt")
        #expect(input.articles[0].sources == [root + "/one/sources"])
        #expect(input.articles[1].problem?.hasPrefix("2 possible drafts (a.md, b.md)") == true)
        #expect(input.articles[2].draft == root + "/two/story.html")
        #expect(input.articles[2].sources.isEmpty)
    }

    @Test("Progress: a bar with counts and ETA, and a plain line")
    func progress() {
        let progress = BatchProgress(total: 100, finished: 25, skipped: 5, failed: 1, seconds: 10)
        #expect(progress.secondsLeft == 37.5)
        #expect(progress.bar(width: 8) == "[##------] 25/100  failed 1  ETA 0:38")
        #expect(progress.line() == "claimcheck: batch: 25/100 articles (1 failed, 5 skipped), ETA 0:38")
        #expect(BatchProgress(total: 4, finished: 0, skipped: 0, failed: 0, seconds: 0).bar(width: 4) == "[----] 0/4  failed 0  ETA --:--")
    }
}
