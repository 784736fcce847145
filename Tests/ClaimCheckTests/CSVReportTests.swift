import ClaimCheckTestSupport
import Foundation
import Testing

@testable import ClaimCheck

/// `CheckReport.csv()`: one RFC 4180 row per claim with the documented columns, read back
/// with an RFC 4180 reader written here.
@Suite("CSV worksheet")
struct CSVReportTests {
    /// Reads RFC 4180 CSV: CRLF (or LF) records, quoted fields with doubled quotes and line
    /// breaks inside; nil when a quote is left open or stray text follows a closing quote.
    static func records(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append(c); scalars.removeFirst() } else { quoted = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !afterQuote else { return nil }
                quoted = true
            case ",":
                record.append(field)
                field = ""
                afterQuote = false
            case "\r", "\n":
                if c == "\r" { guard scalars.first == "\n" else { return nil }; scalars.removeFirst() }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                afterQuote = false
            default:
                guard !afterQuote else { return nil }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { return nil }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    private func report(_ drafts: [String], sources: String) -> CheckReport {
        let root = CommandRunner.repositoryRoot.path
        return ClaimChecker().check(drafts: drafts.map { root + "/" + $0 }, sources: [root + "/" + sources])
    }

    @Test("The seed: a header with the documented columns, then one row per claim, every row as wide")
    func seedRows() throws {
        let report = report(["fixtures/seed/draft.html"], sources: "fixtures/seed/sources")
        let csv = report.csv()
        let rows = try #require(Self.records(csv))
        #expect(rows.first == CheckReport.csvColumns)
        let document = report.documents[0]
        #expect(rows.count == document.claims.count + 1)
        #expect(rows.allSatisfy { $0.count == CheckReport.csvColumns.count })
        let column = Dictionary(uniqueKeysWithValues: CheckReport.csvColumns.enumerated().map { ($1, $0) })
        for (claim, row) in zip(document.claims, rows.dropFirst()) {
            #expect(row[column["claim"]!] == claim.id)
            #expect(row[column["line"]!] == String(claim.line))
            #expect(row[column["text"]!] == claim.text)
            #expect(row[column["verdict"]!] == "" && row[column["notes"]!] == "")
            let findings = document.findings.filter { $0.claim == claim.id }
            #expect(row[column["findings"]!].split(separator: "\n").count == findings.count)
        }
        let first = rows[1]
        #expect(first[column["figures"]!] == "up to fifty (atMost)")
        #expect(first[column["attribution"]!] == "reportedly (vague); according to French media (vague)")
        #expect(first[column["findings"]!].contains("warning conflicting-figures: \"up to fifty\" and \"around 50\""))
        let lemonde = try #require(rows.first { $0[column["claim"]!] == "c2" })
        #expect(lemonde[column["evidence_publisher"]!] == "Le Monde")
        #expect(lemonde[column["evidence_agreement"]!] == "supports")
        #expect(lemonde[column["evidence_excerpt"]!].hasPrefix("En octobre 2022"))
    }

    @Test("RFC 4180: CRLF after every record, quotes doubled, fields with commas or line breaks quoted")
    func quoting() {
        let csv = report(["fixtures/seed/draft.html"], sources: "fixtures/seed/sources").csv()
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(CSVTable.quoted("a,b") == "\"a,b\"")
        #expect(CSVTable.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVTable.quoted("plain text") == "plain text")
        #expect(Self.records("a,\"b\"x\r\n") == nil, "the reader refuses text after a closing quote")
    }

    @Test("--csv-bom: a UTF-8 byte-order mark first, and nothing else changes")
    func byteOrderMark() {
        let report = report(["fixtures/seed/draft.html"], sources: "fixtures/seed/sources")
        let plain = report.csv()
        let marked = report.csv(byteOrderMark: true)
        #expect(Array(marked.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(marked.unicodeScalars.dropFirst()) == plain)
        #expect(plain.unicodeScalars.first == "f")
    }

    @Test("Hostile text: a claim that starts like a spreadsheet formula gets a leading apostrophe; tags stay as written")
    func formulas() throws {
        let report = report(["fixtures/reports/hostile-text/draft.txt"], sources: "fixtures/reports/hostile-text/sources")
        let rows = try #require(Self.records(report.csv()))
        let text = CheckReport.csvColumns.firstIndex(of: "text")!
        #expect(rows.contains { $0[text].hasPrefix("'=HYPERLINK(") })
        #expect(rows.contains { $0[text].contains("<script>alert(1)</script>") })
        #expect(rows.allSatisfy { row in row.allSatisfy { !"=+-@".unicodeScalars.contains($0.unicodeScalars.first ?? " ") } })
    }
}
