/// A character encoding, as named by a charset label.
enum Charset: Equatable {
    case utf8
    case utf16(bigEndian: Bool)
    case windows1252
    /// Any other encoding, by its iconv name.
    case other(String)

    /// Labels that browsers read as Windows-1252.
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
        "l1", "iso-ir-100", "ibm819", "cp819", "csisolatin1", "us-ascii", "ascii", "ansi_x3.4-1968",
        "iso_8859-1:1987", "8859-1",
    ]

    /// Labels that mean UTF-8.
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]

    /// Reads a charset label (`UTF-8`, `"latin1"`, `text/html; charset=…` values are not
    /// accepted here: pass only the label). Returns nil for an empty label.
    init?(label: String) {
        var name = label.lowercased()
        name = String(name.drop(while: { $0 == " " || $0 == "\"" || $0 == "'" }))
        while let last = name.last, last == " " || last == "\"" || last == "'" || last == ";" { name.removeLast() }
        if name.isEmpty { return nil }
        if Charset.utf8Labels.contains(name) {
            self = .utf8
        } else if Charset.windows1252Labels.contains(name) {
            self = .windows1252
        } else if name == "utf-16" || name == "utf-16le" || name == "utf16" {
            self = .utf16(bigEndian: false)
        } else if name == "utf-16be" {
            self = .utf16(bigEndian: true)
        } else {
            self = .other(name)
        }
    }
}
