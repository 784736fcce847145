/// A deterministic share of a batch's articles, for CI matrices and cluster job arrays:
/// shard `K/N` takes the articles whose id hashes (FNV-1a, 64 bits, the same in every
/// process and on every machine) to `K - 1` modulo `N`, so shards 1…N cover every article
/// exactly once.
public struct BatchShard: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based shard number, `K`.
    public var index: Int
    /// How many shards, `N`.
    public var count: Int

    /// Creates shard `index` of `count`; nil unless `1 <= index <= count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`; nil when malformed or out of range.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// Whether an article belongs to this shard.
    public func contains(id: String) -> Bool {
        var hash = FNV1a64()
        hash.combine(id)
        return Int(hash.value % UInt64(count)) == index - 1
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
