/// Markdown inline markup reduced to text, with the links it holds.
enum MarkdownInline {
    struct Rendered {
        var text: String
        var links: [Link]
    }

    /// Renders a block's lines (joined by spaces); each link keeps the line it starts on.
    static func render(_ lines: [SourceLine], references: [String: String]) -> Rendered {
        var characters: [Character] = []
        var lineStarts: [(position: Int, number: Int)] = []
        for line in lines {
            lineStarts.append((characters.count, line.number))
            characters.append(contentsOf: line.text)
            characters.append(" ")
        }
        var scanner = InlineScanner(characters: characters, references: references)
        let text = scanner.render(from: 0, to: characters.count, collectLinks: true)
        let links = scanner.found.map { found in
            let line = lineStarts.last(where: { $0.position <= found.position })?.number ?? lines.first?.number ?? 1
            return Link(href: found.href, text: found.text, line: line)
        }
        return Rendered(text: text, links: links)
    }
}

/// A single pass over a block's characters.
private struct InlineScanner {
    let characters: [Character]
    let references: [String: String]
    var found: [(position: Int, href: String, text: String)] = []

    init(characters: [Character], references: [String: String]) {
        self.characters = characters
        self.references = references
    }

    mutating func render(from start: Int, to end: Int, collectLinks: Bool) -> String {
        var out = ""
        var index = start
        while index < end {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < end && characters[index + 1].isPunctuation || index + 1 < end && characters[index + 1].isSymbol:
                out.append(characters[index + 1])
                index += 2
            case "`":
                let run = countRun(of: "`", at: index, end: end)
                if let close = findRun(of: "`", length: run, from: index + run, end: end) {
                    out += String(characters[(index + run)..<close])
                    index = close + run
                } else {
                    out += String(repeating: "`", count: run)
                    index += run
                }
            case "!" where index + 1 < end && characters[index + 1] == "[":
                if let link = parseLink(at: index + 1, end: end) {
                    index = link.next  // images are not text
                } else {
                    out.append("!")
                    index += 1
                }
            case "[":
                if let link = parseLink(at: index, end: end) {
                    let text = render(from: link.textStart, to: link.textEnd, collectLinks: false)
                    out += text
                    if collectLinks { found.append((index, link.href, collapsingWhitespace(text))) }
                    index = link.next
                } else {
                    out.append("[")
                    index += 1
                }
            case "<":
                index = renderAngle(at: index, end: end, into: &out, collectLinks: collectLinks)
            case "*":
                index += 1
            case "_":
                let before = index > start ? characters[index - 1] : " "
                let run = countRun(of: "_", at: index, end: end)
                let after = index + run < end ? characters[index + run] : " "
                if before.isLetter || before.isNumber, after.isLetter || after.isNumber {
                    out += String(repeating: "_", count: run)
                }
                index += run
            default:
                out.append(character)
                index += 1
            }
        }
        return out
    }

    private struct ParsedLink {
        var textStart: Int
        var textEnd: Int
        var href: String
        var next: Int
    }

    /// `[text](dest "title")`, `[text][ref]`, `[text][]` or `[ref]`, starting at a `[`.
    private func parseLink(at open: Int, end: Int) -> ParsedLink? {
        var depth = 0
        var close = open
        while close < end {
            if characters[close] == "\\" { close += 2; continue }
            if characters[close] == "[" { depth += 1 }
            if characters[close] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            close += 1
        }
        guard close < end else { return nil }
        let label = String(characters[(open + 1)..<close])
        let next = close + 1
        if next < end, characters[next] == "(" {
            var depth = 0
            var index = next
            while index < end {
                if characters[index] == "(" { depth += 1 }
                if characters[index] == ")" {
                    depth -= 1
                    if depth == 0 { break }
                }
                index += 1
            }
            guard index < end else { return nil }
            var destination = String(characters[(next + 1)..<index]).trimmingSpaces()
            if destination.hasPrefix("<"), let closeAngle = destination.firstIndex(of: ">") {
                destination = String(destination[destination.index(after: destination.startIndex)..<closeAngle])
            } else if let space = destination.firstIndex(where: \.isWhitespace) {
                destination = String(destination[..<space])
            }
            return ParsedLink(textStart: open + 1, textEnd: close, href: destination, next: index + 1)
        }
        if next < end, characters[next] == "[" {
            if let refClose = characters[(next + 1)..<end].firstIndex(of: "]") {
                let reference = String(characters[(next + 1)..<refClose])
                let key = (reference.isEmpty ? label : reference).lowercased()
                if let href = references[key] {
                    return ParsedLink(textStart: open + 1, textEnd: close, href: href, next: refClose + 1)
                }
            }
            return nil
        }
        if let href = references[label.lowercased()] {
            return ParsedLink(textStart: open + 1, textEnd: close, href: href, next: next)
        }
        return nil
    }

    /// Autolinks `<https://…>`, inline `<a href="…">text</a>`, other inline tags (dropped).
    private mutating func renderAngle(at open: Int, end: Int, into out: inout String, collectLinks: Bool) -> Int {
        guard let close = characters[(open + 1)..<end].firstIndex(of: ">") else {
            out.append("<")
            return open + 1
        }
        let inside = String(characters[(open + 1)..<close])
        if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:") {
            out += inside
            if collectLinks { found.append((open, inside, inside)) }
            return close + 1
        }
        let lowered = inside.lowercased()
        if lowered.hasPrefix("a ") || lowered.hasPrefix("a\t") {
            let href = attribute("href", in: inside)
            let rest = characters[(close + 1)..<end]
            if let endTag = findSequence(Array("</a>"), in: rest, caseInsensitive: true) {
                let text = render(from: close + 1, to: endTag, collectLinks: false)
                out += text
                if collectLinks, let href { found.append((open, href, collapsingWhitespace(text))) }
                return endTag + 4
            }
            return close + 1
        }
        if let first = inside.first, first.isLetter || first == "/" {
            return close + 1  // other inline tags carry no text
        }
        out.append("<")
        return open + 1
    }

    private func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.lowercased().firstRange(of: name + "=") else { return nil }
        let offset = tag.lowercased().distance(from: tag.lowercased().startIndex, to: range.upperBound)
        var value = tag.dropFirst(offset)
        guard let quote = value.first else { return nil }
        if quote == "\"" || quote == "'" {
            value = value.dropFirst()
            return String(value.prefix(while: { $0 != quote }))
        }
        return String(value.prefix(while: { !$0.isWhitespace }))
    }

    private func findSequence(_ needle: [Character], in slice: ArraySlice<Character>, caseInsensitive: Bool) -> Int? {
        guard slice.count >= needle.count else { return nil }
        var index = slice.startIndex
        while index + needle.count <= slice.endIndex {
            var matches = true
            for (offset, character) in needle.enumerated() {
                let candidate = slice[index + offset]
                if caseInsensitive ? candidate.lowercased() != character.lowercased() : candidate != character {
                    matches = false
                    break
                }
            }
            if matches { return index }
            index += 1
        }
        return nil
    }

    private func countRun(of character: Character, at index: Int, end: Int) -> Int {
        var count = 0
        while index + count < end, characters[index + count] == character { count += 1 }
        return count
    }

    private func findRun(of character: Character, length: Int, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            if characters[index] == character {
                let run = countRun(of: character, at: index, end: end)
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }
}
