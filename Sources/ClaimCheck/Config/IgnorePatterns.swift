#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `ignore:` globs of a configuration, relative to its folder.
///
/// `*` matches within one path segment, `?` one character, `[abc]` a class, `**` any number
/// of segments. A pattern with no `/` matches a file or folder name at any depth (as in
/// `.gitignore`); one with a `/` is anchored at the configuration's folder. A pattern that
/// matches a folder ignores everything under it. Paths outside the folder never match.
public struct IgnorePatterns: Sendable, Hashable {
    /// The folder patterns are relative to.
    public var folder: String
    /// The patterns, as written.
    public var patterns: [String]

    /// Creates patterns relative to `folder`.
    public init(folder: String = ".", patterns: [String] = []) {
        self.folder = folder
        self.patterns = patterns
    }

    /// The first pattern that matches `path` (relative to the working directory, or
    /// absolute), or nil.
    public func pattern(matching path: String) -> String? {
        guard !patterns.isEmpty, let relative = PathDisplay.relative(PathDisplay.absolute(path), to: folder) else { return nil }
        let segments = relative.split(separator: "/").map(String.init)
        return patterns.first { Self.matches(pattern: $0, segments: segments) }
    }

    /// Whether a path is ignored.
    public func ignores(_ path: String) -> Bool { pattern(matching: path) != nil }

    static func matches(pattern: String, segments: [String]) -> Bool {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.hasSuffix("/") { text.removeLast() }
        let anchored = text.hasPrefix("/") || text.contains("/")
        var parts = text.split(separator: "/").map(String.init)
        if !anchored { parts.insert("**", at: 0) }
        guard !parts.isEmpty else { return false }
        // A match of the whole path or of one of its folders.
        return (1...segments.count).contains { match(parts[...], segments[..<$0]) }
    }

    private static func match(_ parts: ArraySlice<String>, _ segments: ArraySlice<String>) -> Bool {
        guard let first = parts.first else { return segments.isEmpty }
        if first == "**" {
            return (segments.startIndex...segments.endIndex).contains { match(parts.dropFirst(), segments[$0...]) }
        }
        guard let segment = segments.first, fnmatch(first, segment, FNM_PERIOD) == 0 else { return false }
        return match(parts.dropFirst(), segments.dropFirst())
    }
}
