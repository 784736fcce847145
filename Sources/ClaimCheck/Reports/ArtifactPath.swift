/// A file's path as CI tools want it: relative to the working directory (the repository root
/// in CI) when the file lies under it, else absolute.
struct ArtifactPath: Equatable {
    /// The path relative to the working directory, or the absolute path; `/`-separated.
    var path: String
    /// Whether `path` is relative to the working directory.
    var isRelative: Bool

    /// Places `path` (as given on the command line: relative to the working directory, or
    /// absolute) against `workingDirectory`, with `.` and `..` resolved.
    init(_ path: String, workingDirectory: String) {
        let root = Self.standardised(workingDirectory)
        let absolute = Self.standardised(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
        let prefix = root == "/" ? "/" : root + "/"
        if absolute.hasPrefix(prefix), absolute.count > prefix.count {
            self.path = String(absolute.dropFirst(prefix.count))
            isRelative = true
        } else {
            self.path = absolute
            isRelative = false
        }
    }

    /// The path as a SARIF `artifactLocation.uri`: a relative URI reference, or a `file://` URI.
    var uri: String {
        isRelative ? Self.percentEncoded(path) : "file://" + Self.percentEncoded(path)
    }

    /// A directory as a `file://` URI ending in `/`, for SARIF `originalUriBaseIds`.
    static func directoryURI(_ directory: String) -> String {
        let path = standardised(directory)
        return "file://" + percentEncoded(path == "/" ? path : path + "/")
    }

    /// An absolute path with `.`, `..` and repeated slashes resolved (no symbolic links).
    static func standardised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Percent-encodes every byte but unreserved characters (RFC 3986) and `/`.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
