import Foundation

/// The test HTTP server (`fixtures/fetch/server.py`), on 127.0.0.1 and a free port, started
/// by a test and stopped when the value is deinitialised (its standard input closes).
public final class FetchTestServer {
    /// Whether python3 is at hand; the tests that need the server are skipped without it.
    public static let available: Bool = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        || ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/python3")
        } == true

    let process = Process()
    let input = Pipe()
    public let port: Int

    public init() throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CommandRunner.repositoryRoot.appendingPathComponent("fixtures/fetch/server.py").path]
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line: [UInt8] = []
        while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 10 { line.append(byte) }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    /// A URL on the server.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// How many requests each path received.
    public func counts() throws -> [String: Int] {
        let data = try Data(contentsOf: URL(string: url("/_count"))!)
        return try JSONDecoder().decode([String: Int].self, from: data)
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
