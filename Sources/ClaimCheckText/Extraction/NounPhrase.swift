/// The counted noun phrase after a figure: its text, its head's singular lemma, and the token
/// index after it.
struct NounPhrase: Sendable {
    var noun: String
    var head: String
    var end: Int
}

extension FigureBuilder {
    /// The noun phrase after token `i`: up to four content words, stopping at punctuation
    /// (quotes are skipped), function words, numbers and verbs. English heads are the last
    /// word, French heads the first.
    /// `plural`: the figure counts more than one, so an "-s" word after it is a plural noun
    /// ("seven big questions"), and a bare verb right after it is its verb ("2 in 10 say …").
    func nounPhrase(after i: Int, limit: Int, allowOf: Bool, plural: Bool = false) -> NounPhrase? {
        var k = i
        // "a 30-date run", "80-year-old", "a six-member council": the figure counts the unit.
        if k + 1 < limit, tokens[k].key == "-", tokens[k].isAttached, tokens[k + 1].isAttached,
            tokens[k + 1].kind == .word, !lexicon.stopWords.contains(tokens[k + 1].key),
            lexicon.numberWords[tokens[k + 1].key] == nil
        {
            let w = k + 1
            let head = Lemmatizer.singular(self.text(tokens[w].start, tokens[w].end), lexicon: lexicon)
            return NounPhrase(noun: self.text(tokens[w].start, tokens[w].end), head: head, end: w + 1)
        }
        if allowOf && k < limit && ["of", "de", "d", "des", "du"].contains(tokens[k].key) {
            k += 1
            if k < limit && tokens[k].key == "'" { k += 1 }
            // "half of the employees", "la moitié des électeurs".
            if k < limit && ["the", "les", "la", "le", "l"].contains(tokens[k].key) {
                k += 1
                if k < limit && tokens[k].key == "'" { k += 1 }
            }
        } else if allowOf && k < limit && tokens[k].key == "the" {
            k += 1  // "half the voters"
        }
        // "90 such cases", "40 other survivors": a determiner between the count and its noun.
        if k == i, k + 1 < limit, lexicon.countDeterminers.contains(tokens[k].key), tokens[k + 1].kind == .word {
            k += 1
        }
        var words: [Int] = []
        var wordEnds: [Int] = []
        var glued: [Bool] = []
        let english = lexicon.language == .english
        while k < limit && words.count < 4 {
            let t = tokens[k]
            if t.kind == .punctuation {
                if t.key == "\"" {
                    k += 1
                    continue
                }
                // "the opposition leaders' questions", "the world's reserves": a possessive
                // names the owner; the counted noun follows it.
                if english, t.key == "'", t.isAttached, !words.isEmpty {
                    var next = k + 1
                    if next < limit, tokens[next].key == "s", tokens[next].isAttached { next += 1 }
                    // "about half of the university's 12,000 students": the count after the
                    // possessive is the whole; its noun is what the fraction counts.
                    if next < limit, tokens[next].kind == .digits {
                        var after = next
                        while after < limit,
                            tokens[after].kind == .digits || tokens[after].kind == .word && lexicon.numberWords[tokens[after].key] != nil
                                || [",", "."].contains(tokens[after].key) && tokens[after].isAttached && after + 1 < limit
                                    && tokens[after + 1].kind == .digits
                        {
                            after += 1
                        }
                        if after < limit, tokens[after].kind == .word, lexicon.numberWords[tokens[after].key] == nil,
                            !lexicon.stopWords.contains(tokens[after].key)
                        {
                            next = after
                        }
                    }
                    if next < limit, tokens[next].kind == .word, !lexicon.stopWords.contains(tokens[next].key) {
                        words.removeAll()
                        wordEnds.removeAll()
                        glued.removeAll()
                        k = next
                        continue
                    }
                }
                if t.key == "-" && t.isAttached && !words.isEmpty && k + 1 < limit && tokens[k + 1].isAttached
                    && tokens[k + 1].kind == .word
                {
                    k += 1
                    continue
                }
                break
            }
            guard t.kind == .word else { break }
            let w = t.key
            if (lexicon.stopWords.contains(w) || lexicon.auxiliaries.contains(w)) && !isCompoundOrAcronym(k, limit: limit)
                || lexicon.numberWords[w] != nil
            {
                break
            }
            if lexicon.percentWords.match(forwardFrom: k, in: tokens, limit: limit) != nil { break }
            // "U.S.", "U.K.": dotted capitals are one word.
            if let end = dottedCapitals(at: k, limit: limit) {
                glued.append(false)
                words.append(k)
                wordEnds.append(end)
                k = end
                continue
            }
            // "2 in 10 say it…": a bare verb right after a plural count, before a function word.
            if words.isEmpty && english && plural, let lemma = lexicon.verbs[w], lemma == w, !w.hasSuffix("s"),
                k + 1 >= limit || tokens[k + 1].kind != .word || lexicon.stopWords.contains(tokens[k + 1].key)
            {
                break
            }
            if words.isEmpty && english && w.hasSuffix("ed") && w.count > 4 {
                // "armed men" is a noun phrase; "2,000 applied in 2017" a verb.
                let next = k + 1 < limit ? tokens[k + 1] : nil
                guard let n = next, n.kind == .word, !lexicon.stopWords.contains(n.key) else { break }
            }
            let isGlued = k > 0 && tokens[k - 1].key == "-" && tokens[k - 1].isAttached && !words.isEmpty
            if !words.isEmpty && !isGlued {
                // After a plural head, a singular word is a verb: "3.5 million people live there".
                if english, let last = words.last, isPluralNoun(tokens[last].key), !isPluralNoun(w) { break }
                if english && w.hasSuffix("ed") && w.count > 4 { break }
                if english && w.hasSuffix("ly") && w.count > 4 { break }
                if lexicon.verbs[w] != nil && !english { break }
                let pluralNounAgrees = plural && w.hasSuffix("s") && !w.hasSuffix("ss")
                if english, !pluralNounAgrees, lexicon.verbs[w] != nil,
                    !w.hasSuffix("s") || lexicon.verbs[String(w.dropLast())] != nil
                {
                    if w != lexicon.verbs[w] || words.count >= 1 { break }
                }
            }
            glued.append(isGlued)
            words.append(k)
            wordEnds.append(k + 1)
            k += 1
        }
        guard !words.isEmpty else { return nil }
        var text = ""
        for (n, w) in words.enumerated() {
            if n > 0 { text += glued[n] ? "-" : " " }
            text += self.text(tokens[w].start, tokens[wordEnds[n] - 1].end)
        }
        let headAt = english ? words.count - 1 : 0
        let head = Lemmatizer.singular(
            self.text(tokens[words[headAt]].start, tokens[wordEnds[headAt] - 1].end), lexicon: lexicon)
        return NounPhrase(noun: text, head: head, end: k)
    }
}

extension FigureBuilder {
    /// The token index after a partitive link at `i` ("of the", "des", "d'entre les"), or nil.
    func partitiveLink(at i: Int, limit: Int) -> Int? {
        for link in lexicon.partitiveOf {
            var k = i
            var matched = true
            for word in link {
                if k < limit, tokens[k].key == "'" { k += 1 }
                guard k < limit, tokens[k].key == word else { matched = false; break }
                k += 1
            }
            if matched { return k }
        }
        return nil
    }

    /// The token index after "U.S." / "U.K." (single capitals joined by attached dots) at `k`.
    func dottedCapitals(at k: Int, limit: Int) -> Int? {
        var j = k
        var letters = 0
        while j + 1 < limit, tokens[j].kind == .word, tokens[j].end - tokens[j].start == 1,
            Folding.isUpper(scalars[tokens[j].start]), tokens[j + 1].key == ".", tokens[j + 1].isAttached,
            letters == 0 || tokens[j].isAttached
        {
            letters += 1
            j += 2
        }
        return letters >= 2 ? j : nil
    }

    /// Whether a word that is also a function word is here part of a name: the first part of a
    /// hyphenated compound ("US-born babies", "so-called experts") or an acronym in capitals
    /// among lower-case words ("300 US troops", not a headline in capitals).
    func isCompoundOrAcronym(_ k: Int, limit: Int) -> Bool {
        if k + 2 < limit, tokens[k + 1].key == "-", tokens[k + 1].isAttached, tokens[k + 2].isAttached,
            tokens[k + 2].kind == .word
        {
            return true
        }
        func allCaps(_ i: Int) -> Bool {
            let t = tokens[i]
            guard t.kind == .word, t.end - t.start >= 2 else { return false }
            return (t.start..<t.end).allSatisfy { Folding.isUpper(scalars[$0]) }
        }
        guard allCaps(k) else { return false }
        let before = k > 0 && allCaps(k - 1)
        let after = k + 1 < limit && allCaps(k + 1)
        return !before && !after
    }

    /// Whether an English word looks plural ("spies", "people", "men").
    func isPluralNoun(_ w: String) -> Bool {
        if let singular = lexicon.irregularPlurals[w] { return singular != w }
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
    }

    /// Whether the noun after a figure is elided: the figure is a subject followed by a verb
    /// ("around 50 were expelled") or by "of them" / "d'entre eux".
    func isElided(after i: Int, limit: Int) -> Bool {
        guard i < limit else { return false }
        let w = tokens[i].key
        if lexicon.auxiliaries.contains(w) || lexicon.verbs[w] != nil { return true }
        // "nearly 2,000 applied in 2017": a past tense right after the figure.
        if lexicon.language == .english && w.hasSuffix("ed") && w.count > 4 { return true }
        return isAnaphoric(after: i, limit: limit)
    }

    /// "of them", "among them", "d'entre eux", "parmi eux": the figure counts part of a group
    /// named before, possibly in the previous sentence.
    func isAnaphoric(after i: Int, limit: Int) -> Bool {
        guard i < limit else { return false }
        let w = tokens[i].key
        if w == "of" && i + 1 < limit && ["them", "those", "these"].contains(tokens[i + 1].key) { return true }
        if w == "d" && i + 2 < limit && tokens[i + 2].key == "entre" { return true }
        if ["parmi", "among"].contains(w) { return true }
        return false
    }
}
