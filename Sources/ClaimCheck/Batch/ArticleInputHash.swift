import ClaimCheckHTML
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
        let limit = settings.options.maxSize
        combine(file: article.draft, maxSize: limit, into: &hash)
        for entry in SourceFiles.list(article.sources) {
            hash.combine(entry.path)
            combine(file: entry.path, maxSize: limit, into: &hash)
        }
        hash.combine("config")
        hash.combine(configFile ?? "")
        combine(file: configFile, maxSize: limit, into: &hash)
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
            combine(file: entry.path, maxSize: settings.options.maxSize, into: &hash)
        }
        hash.combine("config")
        hash.combine(configFile ?? "")
        combine(file: configFile, maxSize: settings.options.maxSize, into: &hash)
        return hash.hex
    }

    /// A file's size and bytes; "<unreadable>" for one that cannot be read (missing, not a
    /// regular file, over the size limit: the check fails it the same way).
    private static func combine(file path: String?, maxSize: Int, into hash: inout FNV1a64) {
        guard let path, let data = try? RegularFile.read(path: path, maxSize: maxSize) else {
            hash.combine("<unreadable>")
            return
        }
        hash.combine(String(data.count))
        hash.combine(bytes: data)
    }
}
