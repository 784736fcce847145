import ClaimCheckText

extension Passage {
    /// The passages of a document: each sentence of each paragraph, and each pair of adjacent
    /// sentences of a paragraph (a window), so a claim whose facts span two sentences ("35
    /// diplomats were expelled. The decision was announced in April 2022.") finds them.
    ///
    /// Figures and dates are read once per paragraph (so a sentence keeps the context of its
    /// paragraph) and handed to the passages whose text contains them.
    static func passages(of document: Document, sourceID: Int, language: Language) -> [Passage] {
        let extractor = FigureExtractor(language: language)
        var out: [Passage] = []
        for (p, paragraph) in document.paragraphs.enumerated() {
            let sentences = SentenceSplitter.sentences(in: paragraph.text, language: language)
            guard !sentences.isEmpty else { continue }
            let found = extractor.analyze(paragraph.text)
            let scalars = Array(paragraph.text.unicodeScalars)
            func make(_ range: Range<Int>) -> Passage {
                let start = sentences[range.lowerBound].start
                let end = sentences[range.upperBound - 1].end
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[start..<end])
                let figures = found.figures.filter { $0.start >= start && $0.end <= end }.map { f -> Figure in
                    var f = f
                    f.start -= start
                    f.end -= start
                    return f
                }
                let dates = found.dates.filter { $0.start >= start && $0.end <= end }.map { d -> DateMention in
                    var d = d
                    d.start -= start
                    d.end -= start
                    return d
                }
                return Passage(
                    sourceID: sourceID, index: out.count, text: String(text), line: paragraph.line, paragraph: p,
                    sentences: range, figures: figures, dates: dates)
            }
            for i in sentences.indices {
                let sentence = make(i..<(i + 1))
                out.append(sentence)
                if i + 1 < sentences.count {
                    let window = make(i..<(i + 2))
                    out.append(window)
                }
            }
        }
        return out
    }
}
