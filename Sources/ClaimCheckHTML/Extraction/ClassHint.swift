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

    /// Judges lower-cased `class` and `id` values (joined by a space).
    init(attributes bytes: UnsafeBufferPointer<UInt8>) {
        let tokens = ClassHint.tokens(of: bytes)
        let isContent = ClassHint.contains(Self.contentWords, in: bytes, tokens: tokens)
        let isBoilerplate = ClassHint.contains(Self.boilerplateWords, in: bytes, tokens: tokens)
        let isFurniture = ClassHint.contains(Self.furnitureWords, in: bytes, tokens: tokens)
        let isUnlikely = ClassHint.contains(Self.unlikelyWords, in: bytes, tokens: tokens)
        var weight: Int16 = 0
        if isContent { weight += 25 }
        if isBoilerplate || isFurniture || isUnlikely { weight -= 25 }
        self.weight = weight
        if isBoilerplate {
            drop = .boilerplate
        } else if isFurniture && !isContent {
            drop = .furniture
        } else {
            drop = .none
        }
    }

    init(weight: Int16, drop: Drop) {
        self.weight = weight
        self.drop = drop
    }

    /// The word lists as bytes, prepared once.
    private struct PreparedWords: Sendable {
        var substrings: [[UInt8]]
        var tokens: Set<[UInt8]>

        init(_ words: ClassWords) {
            substrings = words.substrings.map { Array($0.utf8) }
            tokens = Set(words.tokens.map { Array($0.utf8) })
        }
    }

    private static let contentWords = PreparedWords(HintWords.content)
    private static let boilerplateWords = PreparedWords(HintWords.boilerplate)
    private static let furnitureWords = PreparedWords(HintWords.furniture)
    private static let unlikelyWords = PreparedWords(HintWords.unlikely)

    private static func contains(_ prepared: PreparedWords, in bytes: UnsafeBufferPointer<UInt8>, tokens: [ArraySlice<UInt8>]) -> Bool {
        for token in tokens where prepared.tokens.contains(Array(token)) { return true }
        for word in prepared.substrings where ClassHint.find(word, in: bytes) { return true }
        return false
    }

    private static func find(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        guard count <= bytes.count, let first = word.first else { return false }
        var index = 0
        let last = bytes.count - count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < count, bytes[index + offset] == word[offset] { offset += 1 }
                if offset == count { return true }
            }
            index += 1
        }
        return false
    }

    private static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [ArraySlice<UInt8>] {
        var tokens: [ArraySlice<UInt8>] = []
        var start = -1
        let array = Array(bytes)
        for index in 0...array.count {
            let isLetter = index < array.count && (array[index] >= 0x61 && array[index] <= 0x7A || array[index] >= 0x30 && array[index] <= 0x39)
            if isLetter {
                if start < 0 { start = index }
            } else if start >= 0 {
                tokens.append(array[start..<index])
                start = -1
            }
        }
        return tokens
    }
}
