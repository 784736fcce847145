import Foundation

/// Runs the `claimcheck` binary that `swift build` put next to the test bundle.
public struct CommandRunner {
    public struct Outcome {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
        /// Whether the process was killed for running past the `timeout` given to `run`.
        public var timedOut = false
    }

    /// The folder holding the built products (`.build/<triple>/debug`).
    public static let productsFolder: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // On some platforms the test runner lives inside a `.xctest` bundle.
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" || folder.lastPathComponent == "Contents" {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    /// The repository root, found from this file.
    public static let repositoryRoot: URL = URL(fileURLWithPath: "\(#filePath)")
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `claimcheck` with arguments, in the repository root, and waits for it; with a
    /// `timeout` (seconds), stops it once it runs longer, so that a hang fails the test
    /// (`Outcome.timedOut`) instead of blocking the suite.
    ///
    /// - Parameter environment: variables added to the test's own environment (as a
    ///   scheduler sets them for a job), nil for none.
    public static func run(
        _ arguments: [String], executable: String = "claimcheck", timeout: Double? = nil, environment: [String: String]? = nil
    ) throws -> Outcome {
        try run(productsFolder.appendingPathComponent(executable), arguments, timeout: timeout, environment: environment)
    }

    /// Runs a program found on `PATH` (`python3`, `chromium`) in the repository root and
    /// waits for it, killing it after `timeout` seconds; nil when it is not installed.
    public static func runTool(_ name: String, _ arguments: [String], timeout: Double = 60) throws -> Outcome? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let path else { return nil }
        return try run(path, arguments, timeout: timeout)
    }

    private static func run(_ executable: URL, _ arguments: [String], timeout: Double? = nil, environment: [String: String]? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        process.currentDirectoryURL = repositoryRoot
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let killer = timeout.map { Killer(pid: process.processIdentifier, after: $0) }
        // Read both pipes while the process runs, so a large output cannot fill a pipe and block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outputData = Data()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            outputData = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errorData = error.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self),
            timedOut: killer?.finish() ?? false)
    }

    /// Stops a process once a deadline passes, unless `finish()` comes first: SIGTERM (a
    /// browser then ends its children too), and SIGKILL 5 s later if it is still there.
    private final class Killer: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private var killed = false

        init(pid: Int32, after seconds: Double) {
            for (delay, signal) in [(seconds, SIGTERM), (seconds + 5, SIGKILL)] {
                DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [self] in
                    lock.lock()
                    defer { lock.unlock() }
                    if !done {
                        killed = true
                        kill(pid, signal)
                    }
                }
            }
        }

        /// Stops the deadline (the process has exited); whether it was killed.
        func finish() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            done = true
            return killed
        }
    }
}

/// A temporary folder for files a test writes; removed when the value is deinitialised.
public final class TemporaryFolder {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes bytes to a file in the folder and returns its path.
    public func file(_ name: String, bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes UTF-8 text to a file in the folder and returns its path.
    public func file(_ name: String, text: String) throws -> String {
        try file(name, bytes: Array(text.utf8))
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
