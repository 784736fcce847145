import ClaimCheck
import Foundation
import Testing

@Suite struct SourceStoreTests {
    /// A temporary folder with the matching fixtures, a broken page, a binary file, a hidden
    /// file and a file of an ignored type.
    static func folderWithBadFiles() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimcheck-sources-\(UUID().uuidString)").path
        let files = FileManager.default
        try files.createDirectory(atPath: folder + "/nested/.hidden", withIntermediateDirectories: true)
        for name in try files.contentsOfDirectory(atPath: MatchFixtures.folder + "/sources") {
            try files.copyItem(atPath: MatchFixtures.folder + "/sources/" + name, toPath: folder + "/nested/" + name)
        }
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 1, 2, 3]).write(to: URL(fileURLWithPath: folder + "/binary"))
        try Data("<p>hidden</p>".utf8).write(to: URL(fileURLWithPath: folder + "/.draft.html"))
        try Data("<p>hidden</p>".utf8).write(to: URL(fileURLWithPath: folder + "/nested/.hidden/page.html"))
        try Data([0xFF, 0xD8, 0xFF, 0]).write(to: URL(fileURLWithPath: folder + "/photo.jpg"))
        return folder
    }

    @Test func aBrokenAndABinaryFileFailAndTheRestLoad() throws {
        let folder = try Self.folderWithBadFiles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (store, failures) = SourceStore.load(paths: [folder], reader: DocumentReader(), aliases: .builtIn)
        #expect(failures.map(\.path) == [folder + "/binary", folder + "/empty.html"])
        #expect(failures.map(\.error) == [.binary, .empty])
        #expect(store.sources.map { ($0.path as NSString).lastPathComponent } == [
            "harbour-gazette-spies.html", "lemonde-expulsions.html", "ministry-notes.txt",
        ])
        #expect(store.sources.map(\.id) == [0, 1, 2])
    }

    @Test func loadingInParallelGivesTheSameStoreEveryTime() {
        let first = SourceStore.load(paths: [MatchFixtures.folder + "/sources", MatchFixtures.folder + "/sources"]).store
        for _ in 0..<5 {
            let again = SourceStore.load(paths: [MatchFixtures.folder + "/sources"]).store
            #expect(again.sources.map(\.path) == first.sources.map(\.path))
            #expect(again.sources.map(\.id) == [0, 1, 2])
            #expect(again.sources.map { $0.passages.map(\.text) } == first.sources.map { $0.passages.map(\.text) })
            #expect(again.sources.allSatisfy { source in source.passages.allSatisfy { $0.sourceID == source.id } })
        }
    }

    @Test func aMissingPathIsAFailure() {
        let (store, failures) = SourceStore.load(paths: ["/nonexistent/claimcheck/page.html"])
        #expect(store.sources.isEmpty)
        #expect(failures == [SourceFailure(path: "/nonexistent/claimcheck/page.html", error: .notFound)])
        #expect(failures.first?.description == "/nonexistent/claimcheck/page.html: no such file")
    }

    @Test func sourcesKnowTheirPublisherLanguageAndPassages() throws {
        let (store, failures) = SourceStore.load(paths: [MatchFixtures.folder + "/sources"])
        #expect(failures.isEmpty)
        let lemonde = try #require(store.sources.first { $0.path.hasSuffix("lemonde-expulsions.html") })
        #expect(lemonde.publisher == Publisher(name: "Le Monde"))
        #expect(lemonde.language == .french)
        #expect(lemonde.host == "lemonde.fr")
        let passage = try #require(lemonde.passages.first { $0.text.hasPrefix("La France a expulsé 35") })
        #expect(passage.figures.map(\.value) == [35])
        #expect(passage.dates.map(\.text) == ["avril 2022"])
        #expect(passage.line > 1)
        #expect(lemonde.passages.contains { $0.sentences.count == 2 })
        let notes = try #require(store.sources.first { $0.path.hasSuffix(".txt") })
        #expect(notes.language == .english)
        #expect(notes.publisher == nil)
    }

    @Test func anUnknownOutletThatNamesItselfIsLearnt() throws {
        let (store, _) = SourceStore.load(paths: [MatchFixtures.folder + "/sources"])
        let gazette = try #require(store.aliases.publisher(named: "Harbour Gazette"))
        #expect(store.aliases.publisher(forHost: "harbourgazette.example") == nil)
        #expect(store.aliases.publisher(forHost: "news.harbourgazette.example") == gazette)
        #expect(store.sources(for: gazette).count == 1)
        #expect(PublisherAliases.builtIn.publisher(named: "Harbour Gazette") == nil)
    }

    @Test func aDomainWithoutASiteNameBecomesItsPublisher() throws {
        let document = MatchFixtures.document(
            "p", language: "en", paragraphs: ["Text."], canonical: "https://www.example-daily.org/a/b")
        let store = SourceStore(documents: [document])
        let source = try #require(store.sources.first)
        #expect(source.publisher == Publisher(name: "example-daily.org"))
        #expect(store.aliases.publisher(named: "example-daily.org") == source.publisher)
    }
}

@Suite struct SourceStoreLinkTests {
    @Test func aDanglingLinkInAFolderIsReportedAsMissing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: MatchFixtures.folder + "/sources/ministry-notes.txt", toPath: folder + "/notes.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/gone.html", withDestinationPath: folder + "/nowhere.html")
        let (store, failures) = SourceStore.load(paths: [folder])
        #expect(store.sources.count == 1)
        #expect(failures == [SourceFailure(path: folder + "/gone.html", error: .notFound)])
    }
}
