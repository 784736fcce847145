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
    /// Each passage's pairs of adjacent terms (`Self.pair`), sorted, passage `i` at
    /// `pairs[pairStarts[i]..<pairStarts[i + 1]]`: proximity is read from here, never by
    /// analysing a passage again.
    private(set) var pairs: [UInt64] = []
    private(set) var pairStarts: [Int32] = [0]

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
            var adjacent: [UInt64] = []
            adjacent.reserveCapacity(list.count)
            let ids = list.map { termIDs[$0]! }
            for (i, id) in ids.enumerated() {
                for j in (i + 1)..<min(ids.count, i + 1 + Self.pairSpan) where ids[j] != id { adjacent.append(Self.pair(id, ids[j])) }
            }
            pairs += Set(adjacent).sorted()
            pairStarts.append(Int32(pairs.count))
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

    /// How far apart (in terms) two terms of a pair may stand: 1 = side by side.
    static let pairSpan = 1

    /// Two term ids as one unordered pair ("sea level" and "level … sea" alike).
    static func pair(_ a: Int, _ b: Int) -> UInt64 {
        UInt64(min(a, b)) << 32 | UInt64(max(a, b))
    }

    /// Whether two terms stand side by side somewhere in a passage.
    func adjacent(_ pair: UInt64, in passage: Int) -> Bool {
        var low = Int(pairStarts[passage])
        var high = Int(pairStarts[passage + 1])
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle] < pair { low = middle + 1 } else { high = middle }
        }
        return low < Int(pairStarts[passage + 1]) && pairs[low] == pair
    }

    /// How many passages hold a term.
    func documentFrequency(_ id: Int) -> Int { postings[id].count }
}
