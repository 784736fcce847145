import ClaimCheck
import Testing

@Suite struct MatchStemmerTests {
    @Test(arguments: [
        ("expelled", "expel"), ("expels", "expel"), ("expelling", "expel"), ("expel", "expel"),
        ("diplomats", "diplomat"), ("spies", "spi"), ("spy", "spi"), ("identified", "identifi"),
        ("identifies", "identifi"), ("technologies", "technologi"), ("killed", "kil"), ("kill", "kil"),
        ("organisation", "organiz"), ("organize", "organiz"), ("days", "day"), ("bus", "bus"), ("government", "govern"),
    ])
    func english(word: String, stem: String) {
        #expect(Stemmer.stem(word, language: .english) == stem)
    }

    @Test(arguments: [
        ("expulses", "expuls"), ("expulser", "expuls"), ("expulsion", "expuls"), ("expulse", "expuls"),
        ("diplomates", "diplomat"), ("journaux", "journal"), ("identifies", "identifi"),
        ("technologies", "technologi"), ("chateaux", "chateau"), ("mort", "mort"),
    ])
    func french(word: String, stem: String) {
        #expect(Stemmer.stem(word, language: .french) == stem)
    }

    @Test func cognatesMeetAcrossTheTwoStemmers() {
        for (english, french) in [("diplomats", "diplomates"), ("technologies", "technologies"), ("identified", "identifies")] {
            #expect(Stemmer.stem(english, language: .english) == Stemmer.stem(french, language: .french))
        }
    }

    @Test func shortAndNonLetterWordsAreLeftAlone() {
        #expect(Stemmer.stem("les", language: .french) == "les")
        #expect(Stemmer.stem("covid19", language: .english) == "covid19")
    }
}
