/// How deeply a configuration's YAML nests, checked before the YAML parser sees it: Yams
/// parses nested collections recursively, so a file of a few thousand `{` or `- - - …` (found by
/// the `config` fuzz target) overflows the stack. A claimcheck configuration nests three or four
/// levels; anything past `limit` is refused with the line where it happened.
enum ConfigNesting {
    /// The deepest nesting a configuration may have.
    static let limit = 64

    /// The 1-based line where the text first nests deeper than `limit`, if it does: flow
    /// collections (`[`, `{` outside quotes and comments) opened and not closed, plus, on each
    /// line, its indentation and the block indicators (`- `, `? `) that open it.
    static func firstTooDeep(_ text: String) -> Int? {
        var flow = 0
        var line = 1
        var atLineStart = true
        var lineDepth = 0
        var quote: Character?
        var inComment = false
        var previous: Character = "\n"
        var afterIndicator = false
        for character in text {
            // "\r", "\r\n" (one Character) and the other breaks libyaml knows end a line too: a
            // comment ended by a lone "\r" must not hide what follows.
            if character.isNewline {
                line += 1
                atLineStart = true
                lineDepth = 0
                inComment = false
                // A quoted scalar may go on, but its later lines are counted: only an overestimate.
                quote = nil
                previous = character
                continue
            }
            if inComment {
                previous = character
                continue
            }
            if let open = quote {
                if character == open, !(open == "\"" && previous == "\\") { quote = nil }
                previous = character
                continue
            }
            if atLineStart {
                if character == " " || ((character == "-" || character == "?") && !afterIndicator) {
                    lineDepth += 1
                    afterIndicator = character != " "
                    if flow + lineDepth > limit { return line }
                    previous = character
                    continue
                }
                // ("-x" is a scalar, not an indicator; counting its "-" only overestimates.)
                atLineStart = false
            }
            afterIndicator = false
            switch character {
            case "#" where previous == " " || previous == "\t" || previous == "\n":
                inComment = true
            case "'" where Self.opensScalar(previous), "\"" where Self.opensScalar(previous):
                // A quote opens a quoted scalar only where a scalar starts ("l'AFP" is plain).
                quote = character
            case "[", "{":
                flow += 1
                if flow + lineDepth > limit { return line }
            case "]", "}":
                flow = max(0, flow - 1)
            default:
                break
            }
            previous = character
        }
        return nil
    }

    /// Whether a scalar can start after this character.
    private static func opensScalar(_ previous: Character) -> Bool {
        previous.isNewline || " \t[{,:-?".contains(previous)
    }
}
