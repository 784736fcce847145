import Dispatch

/// Maps an array on all cores, keeping the order: for work that shares nothing (reading and
/// preparing source pages, analysing passages).
enum ParallelMap {
    /// `items.map(transform)`, computed in parallel (or in order on this thread when `parallel`
    /// is false: a caller that already runs several checks at once, such as a batch).
    static func map<Item: Sendable, Value: Sendable>(
        _ items: [Item], parallel: Bool = true, _ transform: @Sendable (Item) -> Value
    ) -> [Value] {
        if items.count < 2 || !parallel { return items.map(transform) }
        let results = Slots<Value>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            results.set(i, transform(items[i]))
        }
        return results.values()
    }

    /// One slot per item, in memory of its own. Each slot is written by exactly one iteration
    /// and read only after `concurrentPerform` returns, so no two threads touch the same slot.
    private final class Slots<Value>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<Value?>
        private let count: Int

        init(count: Int) {
            self.count = count
            base = .allocate(capacity: count)
            base.initialize(repeating: nil, count: count)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        func set(_ i: Int, _ value: Value) {
            base[i] = value
        }

        func values() -> [Value] {
            (0..<count).map { base[$0]! }
        }
    }
}
