/// A deterministic share of a batch's articles, for CI matrices and cluster job arrays:
/// shard `K/N` takes the articles whose id hashes to `K - 1` modulo `N`, so shards 1…N cover
/// every article exactly once. The hash is FNV-1a 64 of the id's UTF-8 bytes, then
/// MurmurHash3's 64-bit finaliser (FNV alone spreads ids such as `a001`, `a002`… unevenly
/// modulo small numbers): the same in every process and on every machine.
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
        Int(Self.hash(id) % UInt64(count)) == index - 1
    }

    /// The id's shard hash.
    static func hash(_ id: String) -> UInt64 {
        var fnv = FNV1a64()
        fnv.combine(id)
        var value = fnv.value
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value &*= 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
