import Foundation

/// Runs the `claimcheck` binary that `swift build` put next to the test bundle.
public struct CommandRunner {
    public struct Outcome {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
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

    /// Runs `claimcheck` with arguments, in the repository root, and waits for it.
    ///
    /// - Parameter environment: variables added to the test's own environment (as a
    ///   scheduler sets them for a job), nil for none.
    public static func run(_ arguments: [String], executable: String = "claimcheck", environment: [String: String]? = nil) throws -> Outcome {
        try run(productsFolder.appendingPathComponent(executable), arguments, environment: environment)
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
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { process.terminate() }
            }
        }
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
            standardError: String(decoding: errorData, as: UTF8.self))
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
