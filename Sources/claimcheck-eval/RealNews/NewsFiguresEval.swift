import ArgumentParser
import ClaimCheck
import Foundation

/// `claimcheck-eval newsfigures DIR`: the figure engine on the main text of real news pages
/// (the dev pages `realnews` reads), scored against a judged sample of our own
/// (`fixtures/judged/news-figures.tsv`: page id, sentence hash, kind of construction and the
/// figures a careful reader takes from the sentence — no page text). `--survey` prints every
/// sentence with its figures, for judging more.
struct NewsFiguresEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsfigures",
        abstract: "Score the figure engine on judged sentences of real news pages (dev half).",
        discussion: """
            A judged sentence passes when the figures read from it are exactly the judged ones, in \
            order: kind, bounds (to 1e-9 relative) and head noun ("-" for none). Sentences are found \
            by a hash of their text (FNV-1a 64), so the data holds no page text.
            """
    )

    @Argument(help: "The extraction folder (../shared/eval/extraction).")
    var folder: String = "../shared/eval/extraction"

    @Option(help: "The judged sample (TSV).")
    var judged: String = "fixtures/judged/news-figures.tsv"

    @Flag(help: "Print every sentence that holds a figure, with its hash and figures, instead of scoring.")
    var survey = false

    @Flag(help: "Print each judged sentence that does not pass.")
    var verbose = false

    func run() throws {
        let pages = try RealNewsPages.load(from: folder)
        guard !pages.isEmpty else { throw ValidationError("\(folder): no dev pages in English or French") }
        if survey {
            for page in pages {
                for s in NewsSentences.of(page) where !s.figures.isEmpty {
                    print("\(page.set)/\(page.id)\t\(s.hash)\t\(s.text)")
                    for f in s.figures { print("    \(NewsFigureJudgement.describe(f))") }
                }
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: judged), let text = String(data: data, encoding: .utf8)
        else {
            FileHandle.standardError.write(Data("claimcheck-eval: error: \(judged): cannot be read\n".utf8))
            throw ExitCode(2)
        }
        let judgements = try NewsFigureJudgement.parse(text, file: judged)
        let byPage = Dictionary(grouping: judgements, by: \.page)
        var tally: [String: (pass: Int, total: Int)] = [:]
        var missingSentences = 0
        for page in pages {
            guard let wanted = byPage["\(page.set)/\(page.id)"] else { continue }
            let sentences = Dictionary(NewsSentences.of(page).map { ($0.hash, $0) }, uniquingKeysWith: { a, _ in a })
            for j in wanted {
                guard let s = sentences[j.hash] else {
                    missingSentences += 1
                    continue
                }
                let got = s.figures.map(NewsFigureJudgement.describe)
                let ok = got == j.figures
                tally[j.kind, default: (0, 0)].total += 1
                if ok { tally[j.kind, default: (0, 0)].pass += 1 }
                if verbose && !ok {
                    print("[fail] \(j.page) \(j.hash) \(j.kind)\n    judged: \(j.figures)\n    got:    \(got)")
                }
            }
        }
        print("claimcheck-eval newsfigures \(folder) (judged sample: \(judged))")
        print("kind                    sentences  pass  rate")
        var all = (pass: 0, total: 0)
        for kind in tally.keys.sorted() {
            let t = tally[kind]!
            all.pass += t.pass
            all.total += t.total
            print(Self.row(kind, t))
        }
        print(Self.row("all", all))
        if missingSentences > 0 { print("judged sentences not found (page text changed?): \(missingSentences)") }
    }

    static func row(_ name: String, _ t: (pass: Int, total: Int)) -> String {
        let rate = t.total == 0 ? 0 : Double(t.pass) / Double(t.total)
        return name.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%9d %5d  %.3f", t.total, t.pass, rate)
    }
}

/// The sentences of a page's main text with their hash and figures.
enum NewsSentences {
    struct Item {
        var text: String
        var hash: String
        var figures: [Figure]
    }

    static func of(_ page: RealNewsPage) -> [Item] {
        guard let document = try? DocumentReader().read(path: page.path) else { return [] }
        let language: Language = page.language == "fr" ? .french : .english
        let extractor = FigureExtractor(language: language)
        var out: [Item] = []
        for paragraph in document.paragraphs {
            for s in SentenceSplitter.sentences(in: paragraph.text, language: language) {
                let text = s.text.trimmingCharacters(in: .whitespacesAndNewlines)
                out.append(Item(text: text, hash: fnv1a(text), figures: extractor.figures(in: text)))
            }
        }
        return out
    }

    /// FNV-1a 64 of the UTF-8 bytes, 16 hex digits.
    static func fnv1a(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// One judged sentence: `set/page-id <TAB> hash <TAB> kind <TAB> figures`, figures as
/// `kind[low,high]head` joined by ` ; ` (`-` for no figure; `(`/`)` for open bounds, `*` for none).
struct NewsFigureJudgement {
    var page: String
    var hash: String
    var kind: String
    var figures: [String]

    static func parse(_ text: String, file: String) throws -> [NewsFigureJudgement] {
        var out: [NewsFigureJudgement] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 4 else {
                FileHandle.standardError.write(Data("claimcheck-eval: error: \(file):\(n + 1): expected 4 tab-separated fields\n".utf8))
                throw ExitCode(2)
            }
            let figures = parts[3] == "-" ? [] : parts[3].components(separatedBy: " ; ")
            out.append(NewsFigureJudgement(page: parts[0], hash: parts[1], kind: parts[2], figures: figures))
        }
        return out
    }

    /// `exact[300,300]baby`, `atLeast(1000,*)person`, `range[3e+06,5e+06]-`.
    static func describe(_ f: Figure) -> String {
        func num(_ v: Double?) -> String {
            guard let v, v.isFinite else { return "*" }
            if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
            return String(format: "%.6g", v)
        }
        let open = f.low != nil && f.lowInclusive ? "[" : "("
        let close = f.high != nil && f.highInclusive ? "]" : ")"
        return "\(f.kind.rawValue)\(open)\(num(f.low)),\(num(f.high))\(close)\(f.head ?? "-")"
    }
}
