/// How far a batch has got, and how it is shown: a bar redrawn in place on a terminal, a
/// plain line otherwise.
public struct BatchProgress: Sendable, Hashable {
    /// Articles in the batch.
    public var total: Int
    /// Articles finished (done, skipped or failed).
    public var finished: Int
    /// Of those, articles skipped as up to date.
    public var skipped: Int
    /// Of those, articles that failed.
    public var failed: Int
    /// Seconds since the run started.
    public var seconds: Double

    /// Creates progress.
    public init(total: Int, finished: Int, skipped: Int, failed: Int, seconds: Double) {
        self.total = total
        self.finished = finished
        self.skipped = skipped
        self.failed = failed
        self.seconds = seconds
    }

    /// Seconds left, estimated from the pace of the articles checked so far (skipped ones
    /// cost nothing and are left out); nil before the first.
    public var secondsLeft: Double? {
        let checked = finished - skipped
        guard checked > 0, seconds > 0 else { return finished == total ? 0 : nil }
        return seconds / Double(checked) * Double(total - finished)
    }

    /// `[#########-----------]  45/100  failed 2  ETA 0:12`, for a terminal.
    public func bar(width: Int = 24) -> String {
        let filled = total == 0 ? width : width * finished / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "[\(bar)] \(finished)/\(total)  failed \(failed)  ETA \(eta)"
    }

    /// `claimcheck: batch: 45/100 articles (2 failed, 0 skipped), ETA 0:12`, for logs.
    public func line() -> String {
        "claimcheck: batch: \(finished)/\(total) articles (\(failed) failed, \(skipped) skipped), ETA \(eta)"
    }

    private var eta: String {
        guard let left = secondsLeft else { return "--:--" }
        let whole = Int(left.rounded(.up))
        let seconds = whole % 60
        return "\(whole / 60):\(seconds < 10 ? "0" : "")\(seconds)"
    }
}
