import ClaimCheckHTML
import Foundation
import Yams

extension Config {
    /// The top-level keys a configuration may have.
    static let keys = ["rules", "fail-on", "publishers", "tolerance", "ignore", "vague-attributions"]
    /// The largest configuration file read: 1 MB (a real one is a few hundred bytes).
    static let maxFileSize = 1 << 20

    /// Reads and validates a configuration file.
    ///
    /// - Throws: `ConfigError` naming the file and, where there is one, the line: an
    ///   unreadable file, invalid YAML, an unknown key (with the closest known one), a bad value.
    public static func load(path: String) throws(ConfigError) -> Config {
        let bytes: [UInt8]
        do throws(ReadError) {
            bytes = try RegularFile.read(path: path, maxSize: maxFileSize)
        } catch {
            let problem: String
            switch error {
            case .notFound: problem = "no such file"
            case .isDirectory: problem = "is a directory"
            case .notRegularFile: problem = error.description
            case .tooLarge(let size, _): problem = "file is \(size) bytes, over the \(maxFileSize)-byte limit for a configuration"
            default: problem = "cannot be read"
            }
            throw ConfigError(path: path, line: nil, problem: problem)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigError(path: path, line: nil, problem: "not UTF-8 text")
        }
        return try parse(yaml: text, path: path)
    }

    /// Parses configuration text as if read from `path` (relative `ignore` patterns are
    /// relative to `path`'s folder).
    ///
    /// - Throws: `ConfigError`, as `load(path:)`.
    public static func parse(yaml text: String, path: String) throws(ConfigError) -> Config {
        if let line = ConfigNesting.firstTooDeep(text) {
            throw ConfigError(path: path, line: line, problem: "nested more than \(ConfigNesting.limit) levels deep")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(path: path, line: error.line, problem: "invalid YAML: \(error.problem)")
        } catch {
            throw ConfigError(path: path, line: nil, problem: "invalid YAML: \(error)")
        }
        var config = Config(path: path)
        guard let root, !ConfigReader.isNull(root) else { return config }
        let reader = ConfigReader(path: path)
        for (key, value) in try reader.mapping(root, what: "the configuration", keys: keys) {
            switch key {
            case "rules": config.severities = try reader.rules(value)
            case "fail-on":
                config.failOn = try reader.choice(value, key: key, FailThreshold.allCases.map(\.rawValue)).flatMap(FailThreshold.init(rawValue:))
            case "publishers": config.publishers = try reader.publishers(value)
            case "tolerance": config.tolerance = try reader.tolerance(value)
            case "ignore": config.ignore.patterns = try reader.strings(value, key: key)
            case "vague-attributions": config.vagueAttributions = try reader.strings(value, key: key).map(VaguePhrase.normalised)
            default: break
            }
        }
        return config
    }
}

extension YamlError {
    /// The line a parse error is on.
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    /// The problem without Yams's snippet of the file.
    var problem: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        case .reader(let problem, _, _, _): return problem
        default: return "\(self)"
        }
    }
}

/// A vague-attribution phrase as the attribution finder compares it.
enum VaguePhrase {
    static func normalised(_ phrase: String) -> String {
        phrase.split(whereSeparator: \.isWhitespace).map { AttributionWords.fold(String($0)) }.joined(separator: " ")
    }
}
