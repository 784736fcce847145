import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A benchmark's child process: `posix_spawn` with its output discarded, waited for with
/// `wait4`, which gives this one child's peak resident memory and CPU time
/// (`getrusage(RUSAGE_CHILDREN)` is the maximum over every child waited for so far).
enum ChildProcess {
    /// How a child ended.
    struct Outcome {
        /// Its exit code, -1 when a signal ended it.
        var status: Int32
        /// Peak resident memory, in kilobytes (Linux's `ru_maxrss`).
        var maxRSS: Int
        /// User plus system CPU time, in seconds.
        var cpuSeconds: Double
        /// Whether it was killed for running past the limit.
        var killed: Bool
    }

    /// Runs a program and waits for it. With no `limit` the wait blocks, so short runs are
    /// timed exactly (Foundation's `Process.waitUntilExit` polls and rounds them up); with a
    /// limit, the child is polled every 20 ms and killed once it runs past `limit` seconds.
    static func run(_ path: String, _ arguments: [String], limit: Double? = nil) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ValidationError("cannot run \(path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        var killed = false
        if let limit {
            let deadline = ContinuousClock.now + .milliseconds(Int(limit * 1000))
            while true {
                let done = wait4(pid, &status, WNOHANG, &usage)
                if done == pid || (done < 0 && errno != EINTR) { break }
                if !killed && ContinuousClock.now > deadline {
                    kill(pid, SIGKILL)
                    killed = true
                }
                usleep(20_000)
            }
        } else {
            while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        }
        let cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        return Outcome(status: (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1, maxRSS: Int(usage.ru_maxrss), cpuSeconds: cpu, killed: killed)
    }
}
