/// What an element's `class` and `id` say about it.
struct ClassHint: Equatable {
    /// Why the element would be dropped, if it would.
    enum Drop: UInt8 {
        case none
        /// Page furniture: dropped unless it holds most of the article.
        case furniture
        /// Boilerplate: always dropped.
        case boilerplate
    }

    /// Score adjustment: positive for content words, negative for boilerplate words.
    var weight: Int16
    var drop: Drop

    static let neutral = ClassHint(weight: 0, drop: .none)

    init(weight: Int16, drop: Drop) {
        self.weight = weight
        self.drop = drop
    }

    /// Judges lower-cased `class` and `id` values (joined by a space).
    init(attributes bytes: UnsafeBufferPointer<UInt8>) {
        let found = ClassWordMatcher.shared.match(bytes)
        let isContent = !found.isDisjoint(with: [.content, .article])
        var weight: Int16 = 0
        if isContent { weight += 25 }
        if !found.isDisjoint(with: [.boilerplate, .furniture, .unlikely]) { weight -= 25 }
        self.weight = weight
        if found.contains(.boilerplate) && !found.contains(.article) {
            drop = .boilerplate
        } else if found.contains(.furniture) && !isContent {
            drop = .furniture
        } else {
            drop = .none
        }
    }
}

/// Finds the `HintWords` class/id words in one pass over the bytes, looking only at words
/// that start with the byte at hand.
struct ClassWordMatcher: Sendable {
    /// Which word lists matched.
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt8
        static let content = Lists(rawValue: 1)
        static let boilerplate = Lists(rawValue: 2)
        static let furniture = Lists(rawValue: 4)
        static let unlikely = Lists(rawValue: 8)
        static let article = Lists(rawValue: 16)
    }

    private struct Word: Sendable {
        var bytes: [UInt8]
        var list: Lists
    }

    /// Substring words by first byte.
    private var substrings: [[Word]] = Array(repeating: [], count: 256)
    /// Token words by first byte.
    private var tokens: [[Word]] = Array(repeating: [], count: 256)

    static let shared = ClassWordMatcher()

    private init() {
        let lists: [(ClassWords, Lists)] = [
            (HintWords.content, .content), (HintWords.boilerplate, .boilerplate),
            (HintWords.furniture, .furniture), (HintWords.unlikely, .unlikely),
            (HintWords.article, .article),
        ]
        for (words, list) in lists {
            for word in words.substrings {
                let bytes = Array(word.utf8)
                substrings[Int(bytes[0])].append(Word(bytes: bytes, list: list))
            }
            for word in words.tokens {
                let bytes = Array(word.utf8)
                tokens[Int(bytes[0])].append(Word(bytes: bytes, list: list))
            }
        }
    }

    /// The lists with a word in `bytes` (lower-case ASCII expected).
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Lists {
        var found: Lists = []
        let count = bytes.count
        var tokenStart = 0
        var index = 0
        while index <= count {
            let byte: UInt8 = index < count ? bytes[index] : 0x20
            let isAlphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if !isAlphanumeric {
                // A token ends here: compare it with the token words.
                if index > tokenStart {
                    let length = index - tokenStart
                    for word in tokens[Int(bytes[tokenStart])] where word.bytes.count == length && !found.contains(word.list) {
                        if equal(bytes, tokenStart, word.bytes) { found.insert(word.list) }
                    }
                }
                tokenStart = index + 1
            }
            if index < count {
                for word in substrings[Int(byte)] where !found.contains(word.list) && index + word.bytes.count <= count {
                    if equal(bytes, index, word.bytes) { found.insert(word.list) }
                }
            }
            index += 1
        }
        return found
    }

    private func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: [UInt8]) -> Bool {
        var offset = 1
        let length = word.count
        while offset < length {
            if bytes[start + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }
}
