/// Case and diacritic folding of single Unicode scalars, without allocation for the
/// Latin letters English and French use.
enum Folding {
    /// Whether `s` is whitespace (including no-break and narrow no-break spaces).
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        switch v {
        case 0xA0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003, 0x200A, 0x2028, 0x2029, 0x3000, 0x1680,
            0x2000, 0x2001, 0x2004, 0x2005, 0x2006, 0x2008, 0x205F:
            return true
        default: return false
        }
    }

    /// Whether `s` is a no-break space usable as a thousands separator (U+00A0, U+202F, U+2009).
    @inline(__always)
    static func isGroupSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 32 || v == 0xA0 || v == 0x202F || v == 0x2009
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    /// Whether `s` is part of a word: a letter or a combining mark.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        if v == 0xD7 || v == 0xF7 { return false }
        if v >= 0xC0 && v <= 0x24F { return true }
        if v >= 0x300 && v <= 0x36F { return true }
        if isSpace(s) { return false }
        return s.properties.isAlphabetic
    }

    /// Whether `s` is an uppercase letter.
    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        return s.properties.isUppercase
    }

    /// Appends the folded (lowercase, no diacritic) form of a letter scalar to `out`.
    @inline(__always)
    static func appendFolded(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = s.value
        if v < 128 {
            out.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : s)
            return
        }
        if v >= 0x300 && v <= 0x36F { return }  // combining marks
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: out.append("a")
        case 0xC7, 0xE7: out.append("c")
        case 0xC8...0xCB, 0xE8...0xEB: out.append("e")
        case 0xCC...0xCF, 0xEC...0xEF: out.append("i")
        case 0xD1, 0xF1: out.append("n")
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: out.append("o")
        case 0xD9...0xDC, 0xF9...0xFC: out.append("u")
        case 0xDD, 0xFD, 0xFF, 0x178: out.append("y")
        case 0x152, 0x153:
            out.append("o")
            out.append("e")
        case 0xC6, 0xE6:
            out.append("a")
            out.append("e")
        case 0xDF:
            out.append("s")
            out.append("s")
        default:
            for m in s.properties.lowercaseMapping.unicodeScalars { out.append(m) }
        }
    }

    /// The folded key of one punctuation scalar: apostrophes → `'`, hyphens and minus → `-`,
    /// en and em dashes → `–`, double quotes → `"`.
    static func punctuationKey(_ s: Unicode.Scalar) -> String {
        switch s.value {
        case 0x2019, 0x2018, 0x02BC, 0x2032, 0x60, 0xB4: return "'"
        case 0x2010, 0x2011, 0x2212, 0xFE63, 0xFF0D: return "-"
        case 0x2013, 0x2014, 0x2015: return "–"
        case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return "\""
        default: return String(Character(s))
        }
    }

    /// Appends the folded form of a letter scalar as UTF-8 bytes (the tokenizer's fast path).
    @inline(__always)
    static func appendFolded(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        if v < 128 {
            out.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
            return
        }
        var view = String.UnicodeScalarView()
        appendFolded(s, to: &view)
        for f in view { UTF8.encode(f) { out.append($0) } }
    }

    /// Folds a whole string (used for word lists, not on the hot path).
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isLetter(s) { appendFolded(s, to: &out) } else { out.append(s) }
        }
        return String(out)
    }
}
