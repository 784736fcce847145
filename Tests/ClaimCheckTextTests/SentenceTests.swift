import Testing

@testable import ClaimCheckText

@Test func splitsAndKeepsRanges() {
    let text = "Mr. Smith paid 3.5 dollars. He left! Did he? “Yes.” See www.example.com for more."
    let s = SentenceSplitter.sentences(in: text)
    #expect(
        s.map(\.text) == [
            "Mr. Smith paid 3.5 dollars.", "He left!", "Did he?", "“Yes.”", "See www.example.com for more.",
        ])
    let scalars = Array(text.unicodeScalars)
    for sentence in s {
        #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
    }
}

@Test func abbreviationsAndInitialsDoNotSplit() {
    #expect(
        SentenceSplitter.sentences(in: "The U.S. Army and J. Smith met at 5 p.m. on Monday. Then they left.").count == 2
    )
    #expect(
        SentenceSplitter.sentences(in: "M. Dupont et Mme Durand sont venus. Ils sont partis.", language: .french).count
            == 2)
}

@Test func ellipsisBeforeLowercaseDoesNotSplit() {
    #expect(SentenceSplitter.sentences(in: "He waited... and waited. Then he left.").count == 2)
}

@Test func urlsAndEmailsAreSingleTokens() {
    let kinds = Tokenizer.tokens(in: "Write to a.b@example.org or see https://x.org/a?b=1%20 now").map(\.kind)
    #expect(kinds.filter { $0 == .email }.count == 1)
    #expect(kinds.filter { $0 == .url }.count == 1)
}

@Test func frenchGuillemetsStayWithTheirSentence() {
    let s = SentenceSplitter.sentences(
        in: "Il a dit : « C’est fini. » Puis il est parti. « Non ! » répond-elle.", language: .french)
    #expect(s.map(\.text) == ["Il a dit : « C’est fini. »", "Puis il est parti.", "« Non ! » répond-elle."])
}
