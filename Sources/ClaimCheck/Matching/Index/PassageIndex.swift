/// An inverted index over passages: for each term, the passages holding it and how often.
///
/// Built once per `SourceStore`; a query reads only the postings of its own terms (and of
/// their cognates), so its cost follows those lists, never the number of passages.
struct PassageIndex: Sendable {
    /// One passage holding a term, with the term's count in it.
    struct Posting: Sendable {
        var passage: Int32
        var count: Int32
    }

    private(set) var termIDs: [String: Int] = [:]
    private(set) var terms: [String] = []
    private(set) var postings: [[Posting]] = []
    /// Each passage's length in terms.
    private(set) var lengths: [Int32] = []
    private(set) var averageLength: Double = 1
    /// The vocabulary's word terms by character trigrams, for cognates.
    private(set) var cognates = CognateIndex()

    /// An index of passages given as their terms (passage `i` is `passageTerms[i]`).
    init(passageTerms: [[String]], minimumCognateLength: Int) {
        lengths.reserveCapacity(passageTerms.count)
        var total = 0
        for (passage, list) in passageTerms.enumerated() {
            lengths.append(Int32(list.count))
            total += list.count
            var counts: [Int: Int32] = [:]
            for term in list {
                let id: Int
                if let known = termIDs[term] {
                    id = known
                } else {
                    id = terms.count
                    termIDs[term] = id
                    terms.append(term)
                    postings.append([])
                }
                counts[id, default: 0] += 1
            }
            for (id, count) in counts.sorted(by: { $0.key < $1.key }) {
                postings[id].append(Posting(passage: Int32(passage), count: count))
            }
        }
        averageLength = passageTerms.isEmpty ? 1 : max(1, Double(total) / Double(passageTerms.count))
        for (id, term) in terms.enumerated() where Term.isWord(term) && term.count >= minimumCognateLength {
            cognates.insert(term, id: id)
        }
    }

    /// The number of passages.
    var passageCount: Int { lengths.count }

    /// The id of a term, if any passage holds it.
    func id(of term: String) -> Int? { termIDs[term] }

    /// How many passages hold a term.
    func documentFrequency(_ id: Int) -> Int { postings[id].count }
}
