import ClaimCheck
import Foundation

/// Renders figures and dates for `claimcheck figures`.
enum FiguresOutput {
    struct Document: Encodable {
        let language: String
        let figures: [Figure]
        let dates: [DateMention]
    }

    static func json(figures: [Figure], dates: [DateMention], language: Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data =
            (try? encoder.encode(Document(language: language.rawValue, figures: figures, dates: dates))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func text(figures: [Figure], dates: [DateMention]) -> String {
        var out = ""
        for f in figures {
            out += "\(f.start)-\(f.end)\t\(f.kind.rawValue)\t\(interval(f))\t\"\(f.text)\""
            if f.isPercentage { out += "\t%" }
            if let n = f.noun { out += "\tnoun=\"\(n)\" head=\(f.head ?? "-")" }
            if let p = f.predicate { out += "\tpredicate=\(p)" }
            out += "\n"
        }
        for d in dates {
            let days = d.firstDay.map { "\($0)…\(d.lastDay.map(\.description) ?? "")" } ?? "-"
            out += "\(d.start)-\(d.end)\tdate:\(d.kind.rawValue)\t\(days)\t\"\(d.text)\"\n"
        }
        return out
    }

    static func interval(_ f: Figure) -> String {
        let lo = f.low.map(number) ?? "-∞"
        let hi = f.high.map(number) ?? "∞"
        return (f.lowInclusive ? "[" : "(") + lo + ", " + hi + (f.highInclusive ? "]" : ")")
    }

    static func number(_ v: Double) -> String {
        if v.isFinite && v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }
}
