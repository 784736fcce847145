import Foundation

/// The hash of everything an article's result depends on: claimcheck's version, the result
/// format, the size limit, the draft's bytes, each source file's path and bytes, and the
/// configuration file's path and bytes. A result whose recorded hash matches is up to date.
enum ArticleInputHash {
    static func of(_ article: BatchArticle, configFile: String?, settings: BatchSettings) -> String {
        var hash = FNV1a64()
        hash.combine("claimcheck \(ClaimCheck.version)")
        hash.combine(settings.format.rawValue)
        hash.combine(String(settings.options.maxSize))
        combine(file: article.draft, into: &hash)
        for entry in SourceFiles.list(article.sources) {
            hash.combine(entry.path)
            combine(file: entry.path, into: &hash)
        }
        hash.combine("config")
        hash.combine(configFile ?? "")
        combine(file: configFile, into: &hash)
        return hash.hex
    }

    /// The hash of what every record of an archive batch shares: version, format, size
    /// limit, sources and configuration (each record adds its own bytes).
    static func ofShared(sources: [String], configFile: String?, settings: BatchSettings) -> String {
        var hash = FNV1a64()
        hash.combine("claimcheck \(ClaimCheck.version)")
        hash.combine(settings.format.rawValue)
        hash.combine(String(settings.options.maxSize))
        for entry in SourceFiles.list(sources) {
            hash.combine(entry.path)
            combine(file: entry.path, into: &hash)
        }
        hash.combine("config")
        hash.combine(configFile ?? "")
        combine(file: configFile, into: &hash)
        return hash.hex
    }

    private static func combine(file path: String?, into hash: inout FNV1a64) {
        guard let path, let data = FileManager.default.contents(atPath: path) else {
            hash.combine("<unreadable>")
            return
        }
        hash.combine(String(data.count))
        hash.combine(bytes: data)
    }
}
