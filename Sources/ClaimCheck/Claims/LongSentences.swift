/// Sentences longer than any a person writes (a page whose markup lost its full stops, a data
/// dump, a hostile input) are split into pieces of at most `limit` characters, each then
/// treated as a sentence, so that the cost of one claim (matching, rules) stays bounded
/// whatever the input. The check reports each split as a notice.
///
/// A piece ends at the last clause break (`, ; : —` followed by a space) in the second half of
/// the limit, else at the last space, else at the limit itself; figures and attributions
/// are rarely cut, as they do not span a clause break.
enum LongSentences {
    /// The longest sentence checked whole, in characters: 5,000 (the longest sentence of the
    /// dev news pages is far shorter; a real one of 5,000 characters is a page of prose).
    static let limit = 5_000

    /// The sentence's pieces: the sentence itself when it is within `limit`.
    static func pieces(of sentence: String, limit: Int = LongSentences.limit) -> [String] {
        guard sentence.count > limit else { return [sentence] }
        let characters = Array(sentence)
        var pieces: [String] = []
        var start = 0
        while characters.count - start > limit {
            let end = cut(characters, from: start, limit: limit)
            let piece = String(characters[start..<end]).trimmingSpaces()
            if !piece.isEmpty { pieces.append(piece) }
            start = end
        }
        let last = String(characters[start...]).trimmingSpaces()
        if !last.isEmpty { pieces.append(last) }
        return pieces
    }

    /// Where the piece starting at `start` ends (exclusive).
    private static func cut(_ characters: [Character], from start: Int, limit: Int) -> Int {
        let end = start + limit
        var lastSpace: Int?
        var index = end - 1
        while index > start + limit / 2 {
            if characters[index].isWhitespace {
                if ",;:—".contains(characters[index - 1]) { return index + 1 }
                if lastSpace == nil { lastSpace = index + 1 }
            }
            index -= 1
        }
        if let lastSpace { return lastSpace }
        return end
    }

    /// The notice for a sentence split into `count` pieces.
    static func notice(characters: Int, pieces count: Int) -> String {
        "a sentence of \(characters) characters is over the \(limit)-character limit: checked as \(count) parts split at clause breaks or spaces"
    }
}
