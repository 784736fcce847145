/// Multi-word phrases (as folded token keys) mapped to a value, looked up by first or last key.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let keys: [String]
        let value: Value
    }
    private(set) var byFirst: [String: [Entry]] = [:]
    private(set) var byLast: [String: [Entry]] = [:]

    init() {}

    mutating func add(_ phrase: String, _ value: Value) {
        let keys = Tokenizer.tokens(in: phrase).map { $0.kind == .digits ? phrase : $0.key }
        guard let first = keys.first, let last = keys.last else { return }
        let entry = Entry(keys: keys, value: value)
        byFirst[first, default: []].append(entry)
        byFirst[first]!.sort { $0.keys.count > $1.keys.count }
        byLast[last, default: []].append(entry)
        byLast[last]!.sort { $0.keys.count > $1.keys.count }
    }

    /// The longest phrase starting at token `i`: its value and the index after it.
    func match(forwardFrom i: Int, in tokens: [Token], limit: Int) -> (Value, Int)? {
        guard i < limit, let entries = byFirst[tokens[i].key] else { return nil }
        outer: for e in entries {
            let end = i + e.keys.count
            if end > limit { continue }
            for k in 1..<e.keys.count where tokens[i + k].key != e.keys[k] { continue outer }
            return (e.value, end)
        }
        return nil
    }

    /// The longest phrase ending just before token `end`: its value and its first index.
    func match(backwardFrom end: Int, in tokens: [Token], floor: Int) -> (Value, Int)? {
        guard end - 1 >= floor, let entries = byLast[tokens[end - 1].key] else { return nil }
        outer: for e in entries {
            let start = end - e.keys.count
            if start < floor { continue }
            for k in 0..<(e.keys.count - 1) where tokens[start + k].key != e.keys[k] { continue outer }
            return (e.value, start)
        }
        return nil
    }
}
