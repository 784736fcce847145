extension FigureBuilder {
    /// The currency written right before a number ("$700", "€1000", "£5").
    func currency(before i: Int) -> String? {
        guard i > 0, tokens[i].isAttached else { return nil }
        switch tokens[i - 1].key {
        case "$": return "dollar"
        case "€": return "euro"
        case "£": return lexicon.language == .french ? "livre" : "pound"
        case "¥": return "yen"
        default: return nil
        }
    }

    /// The currency sign right after a number ("2 000 €", "10000$").
    func currency(after i: Int, limit: Int) -> String? {
        guard i < limit, tokens[i].kind == .punctuation else { return nil }
        switch tokens[i].key {
        case "€": return "euro"
        case "$": return "dollar"
        case "£": return lexicon.language == .french ? "livre" : "pound"
        default: return nil
        }
    }
}
