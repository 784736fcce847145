/// Finds direct quotes in a sentence: text between “ ”, « », or straight double quotes, of
/// at least `ClaimWords.minimumQuoteWords` words, that is not a title.
enum QuoteFinder {
    static func quotes(in sentence: String) -> [Quote] {
        let scalars = Array(sentence.unicodeScalars)
        var quotes: [Quote] = []
        var index = 0
        while index < scalars.count {
            let close: Unicode.Scalar?
            switch scalars[index] {
            case "“": close = "”"
            case "«": close = "»"
            case "\"": close = "\""
            case "„": close = "“"
            default: close = nil
            }
            guard let close, let end = scalars[(index + 1)...].firstIndex(of: close) else {
                index += 1
                continue
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[(index + 1)..<end])
            let text = String(view).trimmingSpaces()
            let wordCount = text.split(whereSeparator: { $0.isWhitespace }).count
            if wordCount >= ClaimWords.minimumQuoteWords && !isTitle(before: index, in: scalars) {
                quotes.append(Quote(text: text, start: index))
            }
            index = end + 1
        }
        return quotes
    }

    private static func isTitle(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, index - 40)..<index])
        let words = String(view).lowercased().split(whereSeparator: { !$0.isLetter })
        return words.suffix(2).contains { ClaimWords.titleCues.contains(String($0)) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
