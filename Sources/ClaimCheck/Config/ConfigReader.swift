import Foundation
import Yams

/// Reads the values of a configuration's YAML nodes, each failure a `ConfigError` with the
/// node's line.
struct ConfigReader {
    var path: String

    func error(_ node: Node?, _ problem: String) -> ConfigError {
        ConfigError(path: path, line: node?.mark?.line, problem: problem)
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A mapping's entries, keys checked against `keys` (nil: any key) and never repeated.
    func mapping(_ node: Node, what: String, keys: [String]?) throws(ConfigError) -> [(key: String, value: Node)] {
        guard case .mapping(let mapping) = node else { throw error(node, "\(what) must be a mapping of keys to values") }
        var seen: [String: Int] = [:]
        var entries: [(key: String, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else { throw error(keyNode, "keys must be plain words") }
            let key = scalar.string
            if let keys, !keys.contains(key) {
                throw error(keyNode, "unknown key '\(key)'\(Suggestion.hint(for: key, in: keys))")
            }
            if let first = seen[key] { throw error(keyNode, "duplicate key '\(key)' (first at line \(first))") }
            seen[key] = keyNode.mark?.line ?? 0
            entries.append((key, value))
        }
        return entries
    }

    /// A scalar that must be one of `choices`; nil for an empty value.
    func choice(_ node: Node, key: String, _ choices: [String]) throws(ConfigError) -> String? {
        if Self.isNull(node) { return nil }
        guard case .scalar(let scalar) = node, choices.contains(scalar.string) else {
            let shown = node.scalar?.string ?? "a list or mapping"
            throw error(node, "bad value '\(shown)' for '\(key)': expected one of \(choices.joined(separator: ", "))\(Suggestion.hint(for: shown, in: choices))")
        }
        return scalar.string
    }

    /// `rules:` — rule id → error, warning, info or off.
    func rules(_ node: Node) throws(ConfigError) -> [Rule: Severity?] {
        if Self.isNull(node) { return [:] }
        var severities: [Rule: Severity?] = [:]
        let ids = Rule.allCases.map(\.rawValue)
        guard case .mapping(let mapping) = node else { throw error(node, "'rules' must map rule ids to error, warning, info or off") }
        for (keyNode, value) in mapping {
            let id = keyNode.scalar?.string ?? ""
            guard let rule = Rule(rawValue: id) else {
                throw error(keyNode, "unknown rule '\(id)'\(Suggestion.hint(for: id, in: ids))")
            }
            if severities[rule] != nil { throw error(keyNode, "rule '\(id)' is set twice") }
            let levels = Severity.allCases.reversed().map(\.rawValue) + ["off"]
            guard let level = try choice(value, key: id, levels) else {
                throw error(value, "rule '\(id)' needs a severity: error, warning, info or off")
            }
            severities[rule] = .some(Severity(rawValue: level))
        }
        return severities
    }

    /// `tolerance:` — a number, 0 ≤ t < 1.
    func tolerance(_ node: Node) throws(ConfigError) -> Double? {
        if Self.isNull(node) { return nil }
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value >= 0, value < 1 else {
            throw error(node, "bad value '\(node.scalar?.string ?? "")' for 'tolerance': expected a number at least 0 and below 1 (0.1 is 10 %)")
        }
        return value
    }

    /// A list of non-empty strings (a single string is a list of one).
    func strings(_ node: Node, key: String) throws(ConfigError) -> [String] {
        if Self.isNull(node) { return [] }
        if case .scalar(let scalar) = node, !scalar.string.isEmpty { return [scalar.string] }
        guard case .sequence(let sequence) = node else { throw error(node, "'\(key)' must be a list of strings") }
        var strings: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item, !Self.isNull(item), !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw error(item, "'\(key)' must be a list of non-empty strings")
            }
            strings.append(scalar.string)
        }
        return strings
    }

    /// `publishers:` — a list of `{name, aliases, domains}`.
    func publishers(_ node: Node) throws(ConfigError) -> [Config.PublisherEntry] {
        if Self.isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            throw error(node, "'publishers' must be a list of {name, aliases, domains}")
        }
        var entries: [Config.PublisherEntry] = []
        for item in sequence {
            var name: String?
            var entry = Config.PublisherEntry(name: "")
            for (key, value) in try mapping(item, what: "a publisher", keys: ["name", "aliases", "domains"]) {
                switch key {
                case "name":
                    guard case .scalar(let scalar) = value, !Self.isNull(value), !scalar.string.isEmpty else {
                        throw error(value, "a publisher's 'name' must be a non-empty string")
                    }
                    name = scalar.string
                case "aliases": entry.aliases = try strings(value, key: "aliases")
                default: entry.domains = try strings(value, key: "domains")
                }
            }
            guard let name else { throw error(item, "a publisher needs a 'name'") }
            entry.name = name
            entries.append(entry)
        }
        return entries
    }
}
