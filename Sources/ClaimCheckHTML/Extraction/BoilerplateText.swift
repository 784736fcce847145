/// Recognises boilerplate by its words: "Read also: …" lines and "About the author" headings.
enum BoilerplateText {
    private static let openings: [[UInt8]] = HintWords.boilerplateOpenings.map { Array($0.utf8) }
    private static let furnitureOpenings: [[UInt8]] = HintWords.furnitureOpenings.map { Array($0.utf8) }
    private static let headings: Set<String> = Set(HintWords.boilerplateHeadings)

    /// Whether a short block starts with a boilerplate phrase ("Read also", "Lire aussi"), or
    /// a very short one with a furniture phrase ("Updated", "Photo:").
    static func opensBoilerplate(_ text: ArraySlice<UInt8>) -> Bool {
        // "(Credit: …)" as "credit: …".
        let opened = text.first == UInt8(ascii: "(") || text.first == UInt8(ascii: "[") ? text.dropFirst() : text
        var prefix = lowercasedPrefix(opened, count: 40)
        // "Category : News" as "category: news" (French typography puts a space before colons).
        if let colon = prefix.firstIndex(of: UInt8(ascii: ":")), colon > 0, prefix[colon - 1] == 0x20 {
            prefix.remove(at: colon - 1)
        }
        if text.count < 100, furnitureOpenings.contains(where: { prefix.starts(with: $0) }) { return true }
        return openings.contains { prefix.starts(with: $0) }
    }

    /// Whether a heading announces boilerplate ("About the author", "Commentaires").
    static func isBoilerplateHeading(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count < 60 else { return false }
        var heading = String(decoding: text, as: UTF8.self).lowercased()
        while let last = heading.last, last == ":" || last == " " || last == "." { heading.removeLast() }
        if headings.contains(heading) { return true }
        // "Comments (12)", "3 commentaires"
        let words = heading.split(whereSeparator: { !$0.isLetter })
        return words.count <= 2 && words.contains(where: { $0 == "comments" || $0 == "commentaires" })
    }

    /// Whether a block reads as program code rather than prose: many braces, semicolons and
    /// `=` signs (one in twenty bytes or more).
    static func looksLikeCode(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 40 else { return false }
        var marks = 0
        for byte in text where byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "=") {
            marks += 1
        }
        return marks * 20 > text.count
    }

    /// The first bytes, with ASCII letters and common Latin capitals lower-cased.
    private static func lowercasedPrefix(_ text: ArraySlice<UInt8>, count: Int) -> [UInt8] {
        let slice = text.prefix(count)
        if slice.allSatisfy({ $0 < 0x80 }) {
            return slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        }
        return Array(String(decoding: slice, as: UTF8.self).lowercased().utf8)
    }
}
