import Foundation

/// `--shard auto`: the shard a scheduler gave this process, read from the environment it
/// sets, so that one job definition runs every shard.
///
/// | Scheduler | index (0-based) | count |
/// |---|---|---|
/// | any (GitHub Actions matrix, scripts) | `CLAIMCHECK_SHARD_INDEX` | `CLAIMCHECK_SHARD_COUNT` |
/// | Kubernetes Indexed Job | `JOB_COMPLETION_INDEX` | `--shards N` or `CLAIMCHECK_SHARD_COUNT` |
/// | Slurm job array | `(SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP` | `SLURM_ARRAY_TASK_COUNT` |
/// | AWS Batch array job | `AWS_BATCH_JOB_ARRAY_INDEX` | `--shards N` or `CLAIMCHECK_SHARD_COUNT` |
///
/// The first row whose index variable is set wins, in that order. `--shards N` wins over every
/// count variable. The result is the 1-based `BatchShard` (`index + 1` of `count`).
public enum SchedulerShard {
    /// The variables read, in the order tried (for messages and docs).
    public static let indexVariables = ["CLAIMCHECK_SHARD_INDEX", "JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "AWS_BATCH_JOB_ARRAY_INDEX"]

    /// The shard from an environment.
    ///
    /// - Parameters:
    ///   - environment: the process's environment.
    ///   - count: `--shards N`, when given.
    /// - Throws: `BatchError` (path `--shard auto`) when no index variable is set, a value is
    ///   not a number, the count is missing, or the index is out of range.
    public static func detect(environment: [String: String], count: Int?) throws(BatchError) -> BatchShard {
        func number(_ name: String) throws(BatchError) -> Int? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = Int(text) else { throw failure("\(name)=\(text) is not a whole number") }
            return value
        }
        let sharedCount = try number("CLAIMCHECK_SHARD_COUNT")
        let index: Int
        let total: Int?
        let scheduler: String
        if let value = try number("CLAIMCHECK_SHARD_INDEX") {
            (index, total, scheduler) = (value, count ?? sharedCount, "CLAIMCHECK_SHARD_INDEX")
        } else if let value = try number("JOB_COMPLETION_INDEX") {
            (index, total, scheduler) = (value, count ?? sharedCount, "JOB_COMPLETION_INDEX (Kubernetes)")
        } else if let id = try number("SLURM_ARRAY_TASK_ID") {
            let minimum = try number("SLURM_ARRAY_TASK_MIN") ?? 0
            let step = max(1, try number("SLURM_ARRAY_TASK_STEP") ?? 1)
            let arrayCount = try number("SLURM_ARRAY_TASK_COUNT")
            (index, total, scheduler) = ((id - minimum) / step, count ?? arrayCount ?? sharedCount, "SLURM_ARRAY_TASK_ID")
        } else if let value = try number("AWS_BATCH_JOB_ARRAY_INDEX") {
            (index, total, scheduler) = (value, count ?? sharedCount, "AWS_BATCH_JOB_ARRAY_INDEX")
        } else {
            throw failure("no scheduler index in the environment (" + indexVariables.joined(separator: ", ") + ")")
        }
        guard let total else {
            throw failure("\(scheduler) gives the index \(index) but not the count: pass --shards N or set CLAIMCHECK_SHARD_COUNT")
        }
        guard let shard = BatchShard(index: index + 1, count: total) else {
            throw failure("\(scheduler) gives index \(index) (0-based), outside 0…\(total - 1) for \(total) shards")
        }
        return shard
    }

    private static func failure(_ problem: String) -> BatchError {
        BatchError(path: "--shard auto", problem: problem)
    }
}
