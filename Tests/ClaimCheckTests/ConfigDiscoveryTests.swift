import Foundation
import ClaimCheckTestSupport
import Testing

@testable import ClaimCheck

/// Finding `.claimcheck.yml`: walking up from a draft's folder, the first one wins.
@Suite("config: discovery")
struct ConfigDiscoveryTests {
    @Test("The nearest file walking up wins; none above gives nil")
    func walkUp() throws {
        let folder = try TemporaryFolder()
        let root = folder.url.path
        try FileManager.default.createDirectory(atPath: root + "/a/b/c", withIntermediateDirectories: true)
        #expect(Config.find(from: root + "/a/b/c") == nil)
        _ = try folder.file(".claimcheck.yml", text: "fail-on: info\n")
        #expect(Config.find(from: root + "/a/b/c") == root + "/.claimcheck.yml")
        _ = try folder.file("a/b/.claimcheck.yml", text: "fail-on: none\n")
        #expect(Config.find(from: root + "/a/b/c") == root + "/a/b/.claimcheck.yml")
        #expect(Config.find(forDraft: root + "/a/b/c/draft.md") == root + "/a/b/.claimcheck.yml")
        #expect(Config.find(forDraft: root + "/a/draft.md") == root + "/.claimcheck.yml")
    }

    @Test("A folder named .claimcheck.yml is not a configuration")
    func folderIsNotAFile() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.url.path + "/x/.claimcheck.yml", withIntermediateDirectories: true)
        #expect(Config.find(from: folder.url.path + "/x") == nil)
    }

    @Test("The fixtures' drafts find their folder's file")
    func fixtures() throws {
        let root = CommandRunner.repositoryRoot.path
        let found = try #require(Config.find(forDraft: root + "/fixtures/config/full/drafts/old/draft.md"))
        #expect(PathDisplay.absolute(found) == root + "/fixtures/config/full/.claimcheck.yml")
        let typo = try #require(Config.find(from: root + "/fixtures/config/typo"))
        #expect(PathDisplay.absolute(typo) == root + "/fixtures/config/typo/.claimcheck.yml")
    }
}
