import Foundation

/// One Recognizers-Text spec case.
struct RecognizersCase {
    struct Result {
        let text: String
        let start: Int?
        let value: String?
        let typeName: String
    }

    let id: String
    let language: String
    let model: String
    let input: String
    let results: [Result]

    /// The model family scored, or nil for models out of scope.
    var family: String? {
        switch model {
        case "NumberModel", "NumberModelExperimentalMode": return "Number"
        case "NumberRangeModel": return "NumberRange"
        case "NumberRangeModelExperimentalMode": return "NumberRange(Experimental)"
        case "OrdinalModel", "OrdinalModelSuppressExtendedTypes": return "Ordinal"
        case "PercentModel": return "Percentage"
        default: return nil
        }
    }

    var isSuppressExtended: Bool { model == "OrdinalModelSuppressExtendedTypes" }
    var isExperimental: Bool { model.hasSuffix("ExperimentalMode") }

    static func load(_ data: Data) -> [RecognizersCase] {
        var out: [RecognizersCase] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            let results = (obj["Results"] as? [[String: Any]] ?? []).map { r in
                let resolution = r["Resolution"] as? [String: Any]
                return Result(
                    text: r["Text"] as? String ?? "", start: r["Start"] as? Int,
                    value: resolution?["value"] as? String, typeName: r["TypeName"] as? String ?? "")
            }
            out.append(
                RecognizersCase(
                    id: obj["id"] as? String ?? "", language: obj["language"] as? String ?? "",
                    model: obj["model"] as? String ?? "", input: obj["Input"] as? String ?? "", results: results))
        }
        return out
    }
}
