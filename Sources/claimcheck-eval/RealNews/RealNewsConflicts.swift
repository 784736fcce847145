import ClaimCheck
import ClaimCheckHTML
import Foundation

/// The planted-restatement part of `claimcheck-eval realnews`: for each entry of
/// `fixtures/realnews/planted.json`, a sentence we wrote is inserted into a real page as a new
/// paragraph, after the paragraph it names, and the page is checked again.
///
/// - A **restatement** restates one figure of an original sentence (found by the hash of its
///   text) with a conflicting value or hedge: it is found when a `conflicting-figures` finding
///   ties the planted sentence to the original one with the expected severity.
/// - A **control** counts the same noun but another quantity (another year, place, actor,
///   event, subgroup): it is wrongly linked when any `conflicting-figures` finding ties it to
///   another sentence.
///
/// Only our own sentences, figure texts and hashes are stored; the pages stay with their publishers.
enum RealNewsConflicts: RealNewsSection {
    struct Entry: Decodable {
        struct Original: Decodable {
            var paragraph: Int
            var figure: String
            var hash: String
        }

        var set: String
        var id: String
        var language: String
        var kind: String
        var original: Original
        var insertAfter: Int
        var sentence: String
        var expect: String
        var why: String?
    }

    /// The planted sets, each written by a different person (`planted.json` by the engineer who
    /// wrote the frame, `planted-second-writer.json` by one who had not read it).
    static let dataPaths = ["fixtures/realnews/planted.json", "fixtures/realnews/planted-second-writer.json"]

    static func lines(pages: [RealNewsPage], checked: [RealNewsRun.Result], folder: String) throws -> [String] {
        try dataPaths.flatMap { try lines(pages: pages, dataPath: $0) }
    }

    /// Whether to print, under each miss or wrongly linked control, both sentences and their frames
    /// (`CLAIMCHECK_EXPLAIN=1`): for reading the misses by kind, never for tuning to one page.
    static let explain = ProcessInfo.processInfo.environment["CLAIMCHECK_EXPLAIN"] == "1"

    static func lines(pages: [RealNewsPage], dataPath: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: dataPath) else {
            return ["planted restatements: \(dataPath) not found (run from the repository root)"]
        }
        let entries = try JSONDecoder().decode([Entry].self, from: data)
        let byPage = Dictionary(pages.map { ("\($0.set)/\($0.id)", $0) }, uniquingKeysWith: { a, _ in a })
        let reader = DocumentReader()
        let checker = ClaimChecker()
        var found = 0, restatements = 0, linked = 0, controls = 0, skipped = 0
        var misses: [String] = []
        var originalClaims: [String: [Claim]] = [:]
        for var entry in entries {
            guard let page = byPage["\(entry.set)/\(entry.id)"], var document = try? reader.read(path: page.path) else {
                skipped += 1
                continue
            }
            // The original paragraph by the hash of its sentence, so that a reader change that
            // drops or adds a paragraph before it moves the entry along instead of losing it.
            let key = "\(entry.set)/\(entry.id)"
            let claims = originalClaims[key] ?? checker.check(document).claims
            originalClaims[key] = claims
            if let moved = Self.paragraph(of: entry.original, in: claims, document: document) {
                entry.insertAfter += moved - entry.original.paragraph
                entry.original.paragraph = moved
            }
            // A page that lost its last paragraphs (boilerplate the reader now drops) takes the
            // planted sentence at its end.
            if entry.insertAfter > entry.original.paragraph { entry.insertAfter = min(entry.insertAfter, document.paragraphs.count - 1) }
            guard document.paragraphs.indices.contains(entry.original.paragraph), document.paragraphs.indices.contains(entry.insertAfter) else {
                skipped += 1
                continue
            }
            let anchor = document.paragraphs[entry.insertAfter]
            document.paragraphs.insert(Paragraph(text: entry.sentence, line: anchor.line, offset: anchor.offset), at: entry.insertAfter + 1)
            let result = checker.check(document)
            guard let planted = result.claims.first(where: { $0.paragraph == entry.insertAfter + 1 }) else {
                if entry.kind == "restatement" {
                    restatements += 1
                    misses.append("  missed \(entry.set)/\(entry.id): the planted sentence is no claim (\(entry.why ?? ""))")
                } else {
                    controls += 1
                }
                continue
            }
            // The original sentence by its hash; where our splitter cuts the paragraph otherwise,
            // the paragraph's claims holding the original figure.
            let inParagraph = result.claims.filter { $0.paragraph == entry.original.paragraph }
            let byHash = inParagraph.filter { SHA256.hexPrefix(of: $0.text.trimmingCharacters(in: .whitespaces)) == entry.original.hash }
            let originals = Set((byHash.isEmpty ? inParagraph.filter { $0.text.contains(entry.original.figure) } : byHash).map(\.id))
            let ties = result.findings.filter { $0.rule == .conflictingFigures }.compactMap { finding -> (Set<String>, Severity)? in
                let members = Set([finding.claim].compactMap { $0 } + finding.related.map(\.claim))
                return members.contains(planted.id) ? (members, finding.severity) : nil
            }
            if entry.kind == "restatement" {
                restatements += 1
                let hit = ties.contains { !$0.0.isDisjoint(with: originals) && $0.1.rawValue == entry.expect }
                if hit { found += 1 } else {
                    let got = ties.isEmpty ? "nothing" : ties.map { $0.0.isDisjoint(with: originals) ? "another sentence" : "\($0.1)" }.joined(separator: ", ")
                    misses.append("  missed \(entry.set)/\(entry.id) (\(entry.why ?? "")): expected \(entry.expect), got \(got)")
                    if explain { misses += explanation(planted, result.claims.filter { originals.contains($0.id) }) }
                }
            } else {
                controls += 1
                if !ties.isEmpty {
                    linked += 1
                    misses.append("  control linked \(entry.set)/\(entry.id) (\(entry.why ?? ""))")
                    let tied = Set(ties.flatMap(\.0)).subtracting([planted.id])
                    if explain { misses += explanation(planted, result.claims.filter { tied.contains($0.id) }) }
                }
            }
        }
        func explanation(_ planted: Claim, _ others: [Claim]) -> [String] {
            others.flatMap { ["    planted: \(planted.text)", "    other:   \($0.text)"] + QuantityExplanation.lines($0, planted) }
        }
        func share(_ a: Int, _ b: Int) -> String { b == 0 ? "n/a" : String(format: "%.0f %%", Double(a) * 100 / Double(b)) }
        return [
            "planted restatements (\(dataPath)): found with the right severity \(found) of \(restatements) = \(share(found, restatements)); "
                + "controls wrongly linked \(linked) of \(controls) = \(share(linked, controls)); \(skipped) entries skipped (page or sentence not found)"
        ] + misses
    }

    /// The paragraph now holding an entry's original sentence: a claim with its hash (the one
    /// nearest the recorded paragraph), else a paragraph with its figure text nearest the
    /// recorded one; nil when neither is found.
    static func paragraph(of original: Entry.Original, in claims: [Claim], document: Document) -> Int? {
        let nearest = { (candidates: [Int]) in candidates.min { abs($0 - original.paragraph) < abs($1 - original.paragraph) } }
        let hashed = claims.filter { SHA256.hexPrefix(of: $0.text.trimmingCharacters(in: .whitespaces)) == original.hash }.map(\.paragraph)
        if let found = nearest(hashed) { return found }
        if document.paragraphs.indices.contains(original.paragraph), document.paragraphs[original.paragraph].text.contains(original.figure) {
            return original.paragraph
        }
        return nearest(document.paragraphs.indices.filter { document.paragraphs[$0].text.contains(original.figure) })
    }
}
