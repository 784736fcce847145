import Testing

@testable import ClaimCheckText

/// A deterministic jumble of tricky tokens: no crash, and every offset points at its text.
@Test(arguments: [Language.english, .french])
func jumbledTokensKeepOffsetsExact(_ language: Language) {
    let vocabulary = [
        "1", "12", "2020", "1,200", "3.5", "3,5", "-", "–", "/", "^", "e", "x", "10", "%", "per", "cent", "around",
        "up", "to", "de", "à", "entre", "et", "and", "between", "the", "a", "un", "une", "dozen", "cinquantaine",
        "hundred", "cent", "mille", "million", "d'", "’", "l’", "moins", "plus", "more", "than", "at", "least", "au",
        "le", "24", "février", "February", "May", "1er", "st", "th", "ème", ".", "!", "?", "…", "“", "”", "«", "»",
        "(", ")", "½", "$", "€", "k", "bn", "one", "of", "them", "ago", "days", "il", "y", "quelques", "jours",
        "jusqu'à", "près", "fifty", "trente-cinq", "quatre", "vingt", "dix", "point", "virgule", "over", "sur",
        "half", "tiers", "fifths", "spies", "were", "expelled", "ont", "été", "expulsés", "or", "ou", ":", "h",
        "p.m.", "www.x.fr", "a@b.co", "10^400", "\u{00A0}", "\u{202F}", "\n\n", "😀", "e\u{301}",
    ]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    var text = ""
    for _ in 0..<20_000 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += vocabulary[Int(seed >> 33) % vocabulary.count]
        text += (seed >> 20) & 3 == 0 ? "" : " "
    }
    let scalars = Array(text.unicodeScalars)
    let (figures, dates) = FigureExtractor(language: language).analyze(text)
    #expect(!figures.isEmpty)
    for f in figures {
        #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == f.text)
        #expect([f.value, f.low, f.high].allSatisfy { $0?.isFinite ?? true })
    }
    for d in dates {
        #expect(String(String.UnicodeScalarView(scalars[d.start..<d.end])) == d.text)
    }
}
