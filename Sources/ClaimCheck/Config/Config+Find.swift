import Foundation

extension Config {
    /// The configuration file that applies to a folder: the first `.claimcheck.yml` met
    /// walking up from `folder` to the filesystem root, or nil.
    ///
    /// The path returned is relative to the working directory when the file lies under it,
    /// else absolute.
    public static func find(from folder: String) -> String? {
        let files = FileManager.default
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName).path
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue {
                return PathDisplay.relativeToWorkingDirectory(candidate)
            }
            let parent = current.deletingLastPathComponent().standardizedFileURL
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// The configuration file for a draft: `find(from:)` its folder.
    public static func find(forDraft path: String) -> String? {
        find(from: folder(of: path))
    }
}

/// Paths as the user should see them.
enum PathDisplay {
    /// An absolute, standardised path (relative paths are taken from the working directory).
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `path` relative to the working directory when it lies under it, else as is.
    static func relativeToWorkingDirectory(_ path: String) -> String {
        relative(absolute(path), to: FileManager.default.currentDirectoryPath) ?? path
    }

    /// `path` relative to `folder` (both absolute), or nil when it is not under it.
    static func relative(_ path: String, to folder: String) -> String? {
        let base = absolute(folder)
        if path == base { return "." }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }
}
