/// The text form of a logistic-regression model, as `claimcheck-eval train-…` writes it:
/// lines of `name<TAB>weight`, with the special names `(bias)` and `(threshold)`; `#` lines are
/// comments and malformed lines are skipped. Read by `CheckworthinessModel` and `VerdictModel`.
struct LogisticTable {
    var bias = 0.0
    var threshold = 0.5
    var weights: [String: Double] = [:]

    init(_ table: String) {
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            switch parts[0] {
            case "(bias)": bias = value
            case "(threshold)": threshold = value
            default: weights[String(parts[0])] = value
            }
        }
    }
}
