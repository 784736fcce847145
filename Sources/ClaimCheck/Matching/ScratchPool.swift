import Foundation

extension Matcher {
    /// Working memory kept between queries, so one call per claim costs what a batch does:
    /// a query takes a `Scratch` (or makes one), uses it alone, and gives it back clean.
    ///
    /// Shared by copies of a matcher; each `Scratch` is used by one query at a time.
    final class ScratchPool: @unchecked Sendable {
        // `@unchecked`: `free` is only read or written while holding `lock`.
        private let lock = NSLock()
        private var free: [Scratch] = []
        private let count: Int
        private let paragraphs: Int
        /// Most scratches kept (one per concurrent query beyond it is made and dropped).
        private let keep: Int

        init(count: Int, paragraphs: Int, keep: Int = 2 * ProcessInfo.processInfo.activeProcessorCount) {
            self.count = count
            self.paragraphs = paragraphs
            self.keep = keep
        }

        /// Runs `body` with a clean scratch of its own.
        func with<Result>(_ body: (inout Scratch) -> Result) -> Result {
            lock.lock()
            var scratch = free.popLast() ?? Scratch(count: count, paragraphs: paragraphs)
            lock.unlock()
            let result = body(&scratch)
            lock.lock()
            if free.count < keep { free.append(scratch) }
            lock.unlock()
            return result
        }
    }
}
