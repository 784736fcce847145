import ClaimCheckText

/// Turns a text into index terms: folded words without stopwords, stemmed in their language
/// or mapped to a lexicon concept; capitalised names kept as written; figures and dates as
/// their values (see `Term`).
///
/// The words that write a figure or a date ("fifty", "cinquante", "avril") are replaced by the
/// figure's or date's terms, so "fifty spies" and "50 espions" share `#50`.
struct TermAnalyzer: Sendable {
    let lexicon: BilingualLexicon
    /// Multi-word terms ("bureaux de vote" / "polling stations"): one concept term for the phrase.
    var phrases: BilingualPhrases = .builtIn

    /// Word → term, remembered across texts of one build (stemming and lexicon lookups repeat).
    struct Memo {
        var english: [String: String] = [:]
        var french: [String: String] = [:]
        /// Folded word → its stem in the text's language, for multi-word terms.
        var phraseStems: [String: String] = [:]
    }

    /// The terms of a text, in order, repeated as often as they occur.
    func terms(
        of text: String, language: Language, figures: [Figure], dates: [DateMention], memo: inout Memo
    ) -> [String] {
        var names: Set<String> = []
        return terms(of: text, language: language, figures: figures, dates: dates, memo: &memo, names: &names)
    }

    /// The terms of a text, and in `names` those that are names (capitalised words the
    /// lexicon does not know, and site names).
    ///
    /// A multi-word term ("taux de chômage") gives its concept; a passage keeps its words' own
    /// terms too (a claim that says only "unemployment" still finds "chômage"), a query
    /// (`phraseWords: false`) does not (its phrase is looked for as one term).
    func terms(
        of text: String, language: Language, figures: [Figure], dates: [DateMention], memo: inout Memo,
        names: inout Set<String>, phraseWords: Bool = true
    ) -> [String] {
        var out: [String] = []
        let scalars = Array(text.unicodeScalars)
        var covered = figures.compactMap { Self.span($0.text, at: $0.start..<$0.end, in: scalars) }
        covered += dates.filter { $0.kind != .relative }.compactMap { Self.span($0.text, at: $0.start..<$0.end, in: scalars) }
        for figure in figures { out += Self.figureTerms(figure) }
        for date in dates { out += Self.dateTerms(date) }
        var sentenceStart = true
        let tokens = Tokenizer.tokens(in: text)
        // Multi-word terms: the phrase's concept at its first content word, its words skipped.
        let content = tokens.indices.filter { i in
            tokens[i].kind == .word && tokens[i].key.unicodeScalars.count >= 2
                && !Stopwords.contains(tokens[i].key, language: language)
                && !covered.contains(where: { $0.contains(tokens[i].start) })
        }
        var phraseAt: [Int: String] = [:]
        var inPhrase: Set<Int> = []
        if !content.isEmpty {
            let stems = content.map { i -> String in
                let key = tokens[i].key
                if let known = memo.phraseStems[key] { return known }
                let stem = Stemmer.stem(key, language: language)
                memo.phraseStems[key] = stem
                return stem
            }
            var c = 0
            while c < content.count {
                if let found = phrases.match(stems, at: c, language: language) {
                    phraseAt[content[c]] = String(Term.conceptPrefix) + found.concept
                    for k in c..<(c + found.count) { inPhrase.insert(content[k]) }
                    c += found.count
                } else {
                    c += 1
                }
            }
        }
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .word:
                defer { sentenceStart = false }
                if let concept = phraseAt[position] { out.append(concept) }
                if !phraseWords, inPhrase.contains(position) { continue }
                if covered.contains(where: { $0.contains(token.start) }) { continue }
                let key = token.key
                if key.unicodeScalars.count < 2 || Stopwords.contains(key, language: language) { continue }
                let capitalised = !sentenceStart && Self.isUpper(scalars[token.start])
                let found = term(key, language: language, capitalised: capitalised, memo: &memo)
                if capitalised && Term.isWord(found) { names.insert(found) }
                out.append(found)
            case .url:
                defer { sentenceStart = false }
                if let name = Self.siteName(String(String.UnicodeScalarView(scalars[token.start..<token.end]))) {
                    names.insert(name)
                    out.append(name)
                }
            case .punctuation:
                if [".", "!", "?", "\"", ":"].contains(token.key) { sentenceStart = true }
            default:
                sentenceStart = false
            }
        }
        return out
    }

    /// Where `written` sits in the text: at `range` when the offsets fit it, else its first
    /// occurrence (offsets given relative to another text), else nowhere.
    static func span(_ written: String, at range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let target = Array(written.unicodeScalars)
        guard !target.isEmpty else { return nil }
        if range.lowerBound >= 0, range.upperBound <= scalars.count, scalars[range].elementsEqual(target) { return range }
        guard scalars.count >= target.count else { return nil }
        for start in 0...(scalars.count - target.count) where scalars[start..<(start + target.count)].elementsEqual(target) {
            return start..<(start + target.count)
        }
        return nil
    }

    /// The term of one folded word.
    func term(_ key: String, language: Language, capitalised: Bool, memo: inout Memo) -> String {
        if !capitalised {
            switch language {
            case .english: if let known = memo.english[key] { return known }
            case .french: if let known = memo.french[key] { return known }
            }
        }
        let stem = Stemmer.stem(key, language: language)
        let result: String
        if let concept = lexicon.concept(folded: key, stem: stem, language: language) {
            result = String(Term.conceptPrefix) + concept
        } else if capitalised {
            result = Self.name(key)
        } else {
            result = stem
        }
        if !capitalised {
            switch language {
            case .english: memo.english[key] = result
            case .french: memo.french[key] = result
            }
        }
        return result
    }

    /// A name as a term: folded, a plural "s" dropped; the same in every language.
    static func name(_ key: String) -> String {
        if key.count > 4, key.hasSuffix("s"), !key.hasSuffix("ss") { return String(key.dropLast()) }
        return key
    }

    /// The name part of a domain or URL as a name term: `Example.fr`, `www.lemonde.fr/x` →
    /// `example`, `lemonde`; nil for e-mail addresses and hosts without a name.
    static func siteName(_ text: String) -> String? {
        let host = PublisherAliases.host(text)
        let labels = host.split(separator: ".")
        guard labels.count >= 2, !text.contains("@") else { return nil }
        let name = BilingualLexicon.fold(String(labels[labels.count - 2]))
        return name.isEmpty ? nil : name
    }

    static func figureTerms(_ figure: Figure) -> [String] {
        let prefix = String(Term.figurePrefix) + (figure.isPercentage ? "%" : "")
        if let value = figure.value { return [prefix + Term.number(value)] }
        return [figure.low, figure.high].compactMap { $0 }.map { prefix + Term.number($0) }
    }

    static func dateTerms(_ date: DateMention) -> [String] {
        guard let first = date.firstDay, let last = date.lastDay else { return [] }
        let p = String(Term.datePrefix)
        var out = [p + String(first.year)]
        let month = p + String(first.description.prefix(7))
        switch date.kind {
        case .month:
            out.append(month)
        case .day:
            out.append(month)
            out.append(p + first.description)
        default:
            if last.year != first.year { out.append(p + String(last.year)) }
        }
        return out
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.properties.isUppercase
    }
}
