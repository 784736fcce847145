import Foundation

/// A table written as CSV by RFC 4180: fields separated by commas, records ended by CRLF, a
/// field quoted (with its quotes doubled) when it holds a comma, a quote, CR or LF.
///
/// A text field that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
/// `@`, a tab or CR) gets a leading `'`, so that a hostile draft cannot put a formula on the
/// desk's sheet.
struct CSVTable {
    /// The header row.
    var columns: [String]
    /// The records, each as many fields as `columns`.
    var rows: [[CSVField]] = []

    /// A field: text from a draft or source (guarded against formulas), or a number.
    enum CSVField: Equatable {
        case text(String)
        case number(Int)
    }

    /// The table as CSV, with a UTF-8 byte-order mark first when asked (for spreadsheet
    /// programs that read CSV as their local code page without one).
    func rendered(byteOrderMark: Bool = false) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        out += columns.map(Self.quoted).joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map { field in
                switch field {
                case .number(let value): return String(value)
                case .text(let text): return Self.quoted(Self.defused(text))
                }
            }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A field quoted when it must be.
    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text that cannot start a spreadsheet formula.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }
}
