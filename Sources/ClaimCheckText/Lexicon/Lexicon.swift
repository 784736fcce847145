/// The word lists of one language, loaded once from `EnglishWords` / `FrenchWords`.
/// A class so that readers share one instance instead of copying thirty tables.
final class Lexicon: Sendable {
    let language: Language
    let numberWords: [String: NumberWord]
    let ordinals: [String: Double]
    let denominators: [String: Double]
    let scaleSuffixes: [String: Double]
    let ordinalSuffixes: Set<String>
    let articles: Set<String>
    let negatives: Set<String>
    let fractionWords: PhraseTable<Bool>
    let decimalPoint: String
    let connector: String
    let prefixHedges: PhraseTable<HedgeWord>
    let postfixHedges: PhraseTable<HedgeWord>
    let rangeJoiners: Set<String>
    let rangeOpeners: [String: Set<String>]
    let vague: PhraseTable<VagueRange>
    let approximateNouns: [String: Double]
    let countNouns: PhraseTable<Double>
    let percentWords: PhraseTable<Bool>
    let percentPrefixes: PhraseTable<Bool>
    let months: [String: Int]
    let dateCues: Set<String>
    let relativeTimes: PhraseTable<Bool>
    let timeUnits: Set<String>
    let ago: [String]
    let stopWords: Set<String>
    let auxiliaries: Set<String>
    let oneDeterminers: Set<String>
    let oneFollowers: Set<String>
    let verbs: [String: String]
    let irregularPlurals: [String: String]
    let abbreviations: Set<String>
    /// Words of a ratio "1 in 20" ("in", "sur").
    let ratioWords: Set<String>
    /// Words between a count and its noun that the noun phrase skips ("90 such cases", "40
    /// other survivors", "12 more bodies", "trois autres blessés").
    let countDeterminers: Set<String>
    /// How "of the" reads between a count and its noun ("300 of the employees", "22 des titres").
    let partitiveOf: [[String]]
    /// "next" → `current+1`, "penultimate" → `end-1` (the numbers view only).
    let relativeOrdinals: PhraseTable<String>

    /// A vague quantity's interval; `high == nil` is unbounded.
    struct VagueRange: Sendable {
        let low: Double
        let high: Double?
    }

    static let english = Lexicon(english: ())
    static let french = Lexicon(french: ())

    static func of(_ language: Language) -> Lexicon {
        language == .french ? french : english
    }

    private convenience init(english: Void) {
        typealias W = EnglishWords
        self.init(
            language: .english, units: W.units, teens: W.teens, tens: W.tens, hundreds: W.hundreds,
            scales: W.scales, dozens: W.dozens, ordinals: W.ordinals, denominators: W.denominators,
            scaleSuffixes: W.scaleSuffixes, ordinalSuffixes: W.ordinalSuffixes, articles: W.articles,
            negatives: W.negatives, fractionWords: W.fractionWords, decimalPoint: W.decimalPoint,
            connector: W.connector, prefixHedges: W.prefixHedges, postfixHedges: W.postfixHedges,
            rangeJoiners: W.rangeJoiners, rangeOpeners: W.rangeOpeners, vague: W.vague, approximateNouns: "",
            countNouns: W.countNouns, percentWords: W.percentWords, percentPrefixes: W.percentPrefixes,
            months: W.months, dateCues: W.dateCues, relativeTimes: W.relativeTimes, timeUnits: W.timeUnits,
            ago: W.ago, stopWords: W.stopWords, auxiliaries: W.auxiliaries, oneDeterminers: W.oneDeterminers,
            oneFollowers: W.oneFollowers, verbs: EnglishVerbForms.table(W.verbs),
            irregularPlurals: W.irregularPlurals, abbreviations: W.abbreviations, ratioWords: W.ratioWords,
            relativeOrdinals: W.relativeOrdinals, countDeterminers: W.countDeterminers, partitiveOf: W.partitiveOf)
    }

    private convenience init(french: Void) {
        typealias W = FrenchWords
        self.init(
            language: .french, units: W.units, teens: W.teens, tens: W.tens, hundreds: W.hundreds,
            scales: W.scales, dozens: W.dozens, ordinals: W.ordinals, denominators: W.denominators,
            scaleSuffixes: W.scaleSuffixes, ordinalSuffixes: W.ordinalSuffixes, articles: W.articles,
            negatives: W.negatives, fractionWords: W.fractionWords, decimalPoint: W.decimalPoint,
            connector: W.connector, prefixHedges: W.prefixHedges, postfixHedges: W.postfixHedges,
            rangeJoiners: W.rangeJoiners, rangeOpeners: W.rangeOpeners, vague: W.vague,
            approximateNouns: W.approximateNouns, countNouns: W.countNouns, percentWords: W.percentWords,
            percentPrefixes: W.percentPrefixes, months: W.months, dateCues: W.dateCues,
            relativeTimes: W.relativeTimes, timeUnits: W.timeUnits, ago: W.ago, stopWords: W.stopWords,
            auxiliaries: W.auxiliaries, oneDeterminers: W.oneDeterminers, oneFollowers: W.oneFollowers,
            verbs: FrenchVerbForms.table(W.verbs), irregularPlurals: W.irregularPlurals,
            abbreviations: W.abbreviations, ratioWords: W.ratioWords,
            relativeOrdinals: W.relativeOrdinals, countDeterminers: W.countDeterminers, partitiveOf: W.partitiveOf)
    }

    private init(
        language: Language, units: String, teens: String, tens: String, hundreds: String, scales: String,
        dozens: String, ordinals: String, denominators: String, scaleSuffixes: String, ordinalSuffixes: String,
        articles: String, negatives: String, fractionWords: String, decimalPoint: String, connector: String,
        prefixHedges: String, postfixHedges: String, rangeJoiners: String, rangeOpeners: String, vague: String,
        approximateNouns: String, countNouns: String, percentWords: String, percentPrefixes: String,
        months: String, dateCues: String, relativeTimes: String, timeUnits: String, ago: String,
        stopWords: String, auxiliaries: String, oneDeterminers: String, oneFollowers: String,
        verbs: [String: String], irregularPlurals: String, abbreviations: String, ratioWords: String,
        relativeOrdinals: String, countDeterminers: String, partitiveOf: String
    ) {
        typealias F = WordListFormat
        self.language = language
        var words: [String: NumberWord] = [:]
        for (role, list) in [
            (NumberWord.Role.unit, units), (.teen, teens), (.tens, tens), (.hundred, hundreds), (.scale, scales),
            (.dozen, dozens),
        ] {
            for (k, v) in F.numbers(list) { words[k] = NumberWord(role: role, value: v) }
        }
        self.numberWords = words
        self.ordinals = F.numbers(ordinals)
        self.denominators = F.numbers(denominators)
        var suffixes: [String: Double] = [:]
        for (k, v) in WordListFormat.pairs(scaleSuffixes) { suffixes[k] = Double(v) }
        // Case matters for suffixes ("1m" vs "1M" is the same here, but keep originals).
        for item in scaleSuffixes.split(separator: " ") {
            let parts = item.split(separator: "=")
            if parts.count == 2 { suffixes[String(parts[0])] = Double(parts[1]) }
        }
        self.scaleSuffixes = suffixes
        self.ordinalSuffixes = F.words(ordinalSuffixes)
        self.articles = F.words(articles)
        self.negatives = F.words(negatives)
        var fractions = PhraseTable<Bool>()
        for p in F.phrases(fractionWords.contains("|") ? fractionWords : fractionWords) { fractions.add(p, true) }
        self.fractionWords = fractions
        self.decimalPoint = decimalPoint
        self.connector = connector
        var prefixes = PhraseTable<HedgeWord>()
        for (kind, phrases) in F.kindLines(prefixHedges) {
            guard let hedge = HedgeWord(rawValue: kind) else { continue }
            for p in phrases { prefixes.add(p, hedge) }
        }
        self.prefixHedges = prefixes
        var postfixes = PhraseTable<HedgeWord>()
        for (kind, phrases) in F.kindLines(postfixHedges) {
            guard let hedge = HedgeWord(rawValue: kind) else { continue }
            for p in phrases { postfixes.add(p, hedge) }
        }
        self.postfixHedges = postfixes
        self.rangeJoiners = Set(F.phrases(rangeJoiners).map { Tokenizer.tokens(in: $0).first?.key ?? $0 })
        var openers: [String: Set<String>] = [:]
        for p in F.phrases(rangeOpeners) {
            let parts = p.split(separator: "=")
            guard parts.count == 2 else { continue }
            let open = Tokenizer.tokens(in: String(parts[0])).map(\.key).joined()
            let close = Tokenizer.tokens(in: String(parts[1])).first?.key ?? ""
            openers[open, default: []].insert(close)
        }
        self.rangeOpeners = openers
        var vagueTable = PhraseTable<VagueRange>()
        for p in F.phrases(vague) {
            let parts = p.split(separator: "=")
            guard parts.count == 2 else { continue }
            let bounds = parts[1].split(separator: ",", omittingEmptySubsequences: false)
            let low = Double(bounds[0]) ?? 0
            let high = bounds.count > 1 ? Double(bounds[1]) : nil
            vagueTable.add(String(parts[0]), VagueRange(low: low, high: high))
        }
        self.vague = vagueTable
        self.approximateNouns = F.numbers(approximateNouns)
        var counts = PhraseTable<Double>()
        for p in F.phrases(countNouns) {
            let parts = p.split(separator: "=")
            if parts.count == 2, let v = Double(parts[1]) { counts.add(String(parts[0]), v) }
        }
        self.countNouns = counts
        var percents = PhraseTable<Bool>()
        for p in F.phrases(percentWords) { percents.add(p, true) }
        self.percentWords = percents
        var percentBefore = PhraseTable<Bool>()
        for p in F.phrases(percentPrefixes) { percentBefore.add(p, true) }
        self.percentPrefixes = percentBefore
        var monthTable: [String: Int] = [:]
        for (k, v) in F.pairs(months) { monthTable[k] = Int(v) }
        self.months = monthTable
        self.dateCues = Set(F.words(dateCues).flatMap { w in Tokenizer.tokens(in: w).map(\.key) })
        var relative = PhraseTable<Bool>()
        for p in F.phrases(relativeTimes) { relative.add(p, true) }
        self.relativeTimes = relative
        self.timeUnits = F.words(timeUnits)
        self.ago = Tokenizer.tokens(in: ago).map(\.key)
        self.stopWords = F.words(stopWords)
        self.auxiliaries = F.words(auxiliaries)
        self.oneDeterminers = F.words(oneDeterminers)
        self.oneFollowers = F.words(oneFollowers)
        self.verbs = verbs
        var plurals: [String: String] = [:]
        for (k, v) in F.pairs(irregularPlurals) { plurals[k] = v }
        self.irregularPlurals = plurals
        self.abbreviations = F.words(abbreviations)
        self.ratioWords = F.words(ratioWords)
        self.countDeterminers = F.words(countDeterminers)
        self.partitiveOf = F.phrases(partitiveOf).map { $0.split(separator: " ").map { Folding.fold(String($0)) } }
        var relativeRanks = PhraseTable<String>()
        for p in F.phrases(relativeOrdinals) {
            let parts = p.split(separator: "=")
            guard parts.count == 2 else { continue }
            for phrase in F.expand(String(parts[0])) { relativeRanks.add(phrase, String(parts[1])) }
        }
        self.relativeOrdinals = relativeRanks
    }
}
