import Testing

@testable import ClaimCheck

/// The check-worthiness model: its features, its table format, and the shipped weights on
/// sentences of our own (ClaimBuster's sentences are scored by `claimcheck-eval checkworthy`).
@Suite("Check-worthiness model")
struct CheckworthinessModelTests {
    @Test("Features: words, pairs, prefix stems, digits folded, figure kinds, length")
    func features() {
        let features = Set(CheckworthinessFeatures.of("Unemployment increased by 12 percent in 2019."))
        #expect(features.isSuperset(of: ["w:unemployment", "w:increased", "s:increa", "s:unempl", "b:increased_by", "w:#", "fig:percent"]))
        #expect(!features.contains("s:by"))
        #expect(features.contains { $0.hasPrefix("len:") })
        #expect(Set(CheckworthinessFeatures.of("It rose by 35 percent.")).contains("b:by_#"))
    }

    @Test("Features: word endings, capitalised words and acronyms, punctuation")
    func endingsCapitalsPunctuation() {
        let features = Set(CheckworthinessFeatures.of("The U.S. Senate voted -- twice -- against it?"))
        #expect(features.isSuperset(of: ["suf:ted", "suf:ice", "caps:2-3", "caps:acronym", "punct:question", "punct:dash"]))
        #expect(!features.contains("suf:it"))
        let plain = Set(CheckworthinessFeatures.of("I think I'm right."))
        #expect(plain.contains("caps:none"))
        #expect(!plain.contains("caps:acronym"))
        #expect(!plain.contains { $0.hasPrefix("punct:") })
    }

    @Test("A table reads bias, threshold and weights; comments and malformed lines are skipped")
    func table() {
        let model = CheckworthinessModel(table: "# a comment\n(bias)\t-1.5\n(threshold)\t0.4\nw:percent\t2.0\nbroken line\n")
        #expect(model.bias == -1.5)
        #expect(model.threshold == 0.4)
        #expect(model.weights == ["w:percent": 2.0])
        #expect(model.isCheckworthy(["w:percent"]))
        #expect(!model.isCheckworthy(["w:hello"]))
        #expect(model.reasons(["w:percent", "w:hello"]) == ["w:percent"])
    }

    @Test("The shipped model: statistics are check-worthy, greetings and opinions are not", arguments: [
        ("The unemployment rate fell to 4.1 percent last year, the lowest since 2001.", true),
        ("We have cut taxes for 30 million families and created 2 million jobs.", true),
        ("Thank you all for being here tonight.", false),
        ("I think we need to talk about that.", false),
    ])
    func shipped(sentence: String, checkworthy: Bool) {
        let features = CheckworthinessFeatures.of(sentence)
        let model = CheckworthinessModel.builtIn
        #expect(model.isCheckworthy(features) == checkworthy, "p = \(model.probability(features))")
        #expect(!model.reasons(features).isEmpty)
    }
}
