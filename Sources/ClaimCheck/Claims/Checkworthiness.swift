import Foundation

/// A logistic-regression model of "is this sentence a check-worthy factual claim?" over named
/// binary features (`CheckworthinessFeatures`), so a decision can say why: the features that
/// pushed it most.
///
/// The built-in weights (`CheckworthinessWeights.table`) are written by
/// `claimcheck-eval train-checkworthy` from the dev half of ClaimBuster; never edit them by hand.
public struct CheckworthinessModel: Sendable {
    /// The intercept.
    public var bias: Double
    /// Weight per feature name; a feature not listed weighs 0.
    public var weights: [String: Double]
    /// The probability at or above which a sentence is check-worthy.
    public var threshold: Double

    /// Creates a model from its parts.
    public init(bias: Double, weights: [String: Double], threshold: Double) {
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
    }

    /// Reads a model table: lines of `name<TAB>weight`, with the two special names `(bias)` and
    /// `(threshold)`; `#` lines are comments.
    public init(table: String) {
        let table = LogisticTable(table)
        self.init(bias: table.bias, weights: table.weights, threshold: table.threshold)
    }

    /// The model trained on ClaimBuster's dev half, shipped with claimcheck.
    public static let builtIn = CheckworthinessModel(table: CheckworthinessWeights.table)

    /// The probability that a sentence with these features is check-worthy.
    public func probability(_ features: [String]) -> Double {
        let unique = Set(features)
        let scale = Self.scale(unique.count)
        let sum = unique.reduce(bias) { $0 + (weights[$1] ?? 0) * scale }
        return 1 / (1 + exp(-sum))
    }

    /// The value of each present feature when a sentence has `count` of them: `count^-0.6`, a
    /// little below unit length (`count^-0.5`), so long sentences do not win by length alone.
    /// The exponent was chosen by 5-fold cross-validation on ClaimBuster's dev half (F1 0.765 at
    /// 0.5, 0.771 at 0.6, 0.769 at 0.7, 0.765 at 0.8; `docs/evaluation.md`).
    public static func scale(_ count: Int) -> Double {
        pow(Double(max(count, 1)), -0.6)
    }

    /// Whether a sentence with these features is check-worthy.
    public func isCheckworthy(_ features: [String]) -> Bool {
        probability(features) >= threshold
    }

    /// The features that pushed the decision most, strongest first (positive ones when the
    /// sentence is check-worthy, negative ones when not).
    public func reasons(_ features: [String], count: Int = 3) -> [String] {
        let positive = isCheckworthy(features)
        var pushing: [(name: String, weight: Double)] = []
        for name in Set(features) {
            guard let weight = weights[name], positive ? weight > 0 : weight < 0 else { continue }
            pushing.append((name, abs(weight)))
        }
        pushing.sort { lhs, rhs in lhs.weight != rhs.weight ? lhs.weight > rhs.weight : lhs.name < rhs.name }
        return pushing.prefix(count).map(\.name)
    }

    /// The sentence's check-worthiness from its text alone.
    public func probability(of sentence: String, language: Language = .english) -> Double {
        probability(CheckworthinessFeatures.of(sentence, language: language))
    }
}

/// The explainable features a check-worthiness model reads: words and word pairs (numbers
/// folded to `#`), six-letter prefix stems and three-letter endings of words (`suf:ted`,
/// `suf:ing`), what kind of figures and dates the sentence carries (percentages, money,
/// counts, years), how many capitalised words (names) and acronyms it has, question marks,
/// exclamations, quotes and dashes, and length.
public enum CheckworthinessFeatures {
    /// The feature names of a sentence, without duplicates, in a stable order.
    public static func of(_ sentence: String, language: Language = .english) -> [String] {
        let analysis = FigureExtractor(language: language).analyze(sentence)
        return of(sentence, figures: analysis.figures, dates: analysis.dates)
    }

    /// The feature names of a sentence whose figures and dates are already extracted.
    public static func of(_ sentence: String, figures: [Figure], dates: [DateMention]) -> [String] {
        var features: [String] = []
        let tokens = words(sentence)
        for token in tokens {
            features.append("w:" + token)
            // A prefix stem: "increased", "increases", "increasing" share "s:increa".
            if token.count > 6 { features.append("s:" + token.prefix(6)) }
            // An ending, a cue to the part of speech and tense: "voted", "passed" share "suf:ted"
            // and "suf:sed"; "-ing", "-ion", "-ly" likewise.
            if token.count > 4 { features.append("suf:" + token.suffix(3)) }
        }
        for (first, second) in zip(tokens, tokens.dropFirst()) { features.append("b:\(first)_\(second)") }
        let count = tokens.count
        features.append(count < 6 ? "len:short" : count < 15 ? "len:medium" : count < 30 ? "len:long" : "len:verylong")
        for figure in figures {
            features.append("fig:" + figure.kind.rawValue)
            if figure.isPercentage { features.append("fig:percent") }
            if figure.head != nil { features.append("fig:counted") }
        }
        if !figures.contains(where: { $0.kind != .vague }) { features.append("fig:none") }
        if sentence.contains(where: { "$€£".contains($0) }) { features.append("fig:money") }
        for date in dates { features.append("date:" + date.kind.rawValue) }
        features += punctuation(sentence) + capitals(sentence)
        return Array(Set(features)).sorted()
    }

    /// `punct:question` (the sentence ends with `?`), `punct:exclamation`, `punct:quote` (a
    /// straight or curly double quote) and `punct:dash` (`--`, ` - ` or an em dash: spoken
    /// self-corrections in transcripts).
    static func punctuation(_ sentence: String) -> [String] {
        var features: [String] = []
        if sentence.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?") { features.append("punct:question") }
        if sentence.contains("!") { features.append("punct:exclamation") }
        if sentence.contains(where: { "\"“”".contains($0) }) { features.append("punct:quote") }
        if sentence.contains("--") || sentence.contains(" - ") || sentence.contains("—") { features.append("punct:dash") }
        return features
    }

    /// How many words after the first are capitalised (names of people, places, laws,
    /// agencies; not the pronoun "I"): `caps:none`, `caps:1`, `caps:2-3` or `caps:4+`; and
    /// `caps:acronym` when a word of two or more letters is all capitals ("NATO", "U.S.").
    static func capitals(_ sentence: String) -> [String] {
        var capitalised = 0
        var acronym = false
        for (index, word) in casedWords(sentence).enumerated() {
            let letters = word.filter(\.isLetter)
            let first = word.prefix { $0 != "'" && $0 != "’" }
            if index > 0, word.first?.isUppercase == true, first != "I" { capitalised += 1 }
            if letters.count >= 2, letters.allSatisfy(\.isUppercase), !word.contains(where: { $0 == "'" || $0 == "’" }) {
                acronym = true
            }
        }
        var features = [capitalised == 0 ? "caps:none" : capitalised == 1 ? "caps:1" : capitalised < 4 ? "caps:2-3" : "caps:4+"]
        if acronym { features.append("caps:acronym") }
        return features
    }

    /// Words in their own case: a letter, then letters, apostrophes and periods ("U.S.", "Mr.",
    /// "don't").
    static func casedWords(_ sentence: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in sentence {
            if character.isLetter || (!current.isEmpty && (character == "'" || character == "’" || character == ".")) {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Lower-case words; digits folded to `#` so "12" and "35" are one word.
    static func words(_ sentence: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in sentence.lowercased() {
            if character.isLetter || character == "'" || character == "’" {
                current.append(character == "’" ? "'" : character)
            } else if character.isNumber {
                if current.last != "#" { current.append("#") }
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
