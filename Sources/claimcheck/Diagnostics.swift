#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Messages to standard error, in the one-line form `claimcheck: error: <path>: <problem>`.
enum Diagnostics {
    static func error(path: String, _ problem: CustomStringConvertible) {
        FileDescriptorOutput.write("claimcheck: error: \(path): \(problem)\n", to: 2)
    }

    static func warning(path: String, _ problem: CustomStringConvertible) {
        FileDescriptorOutput.write("claimcheck: warning: \(path): \(problem)\n", to: 2)
    }
}

/// Standard output, written in one piece.
enum Output {
    static func write(_ text: String) {
        FileDescriptorOutput.write(text, to: 1)
    }
}

/// Writes whole strings to a file descriptor, retrying short writes.
enum FileDescriptorOutput {
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return
                }
                written += count
            }
        }
    }
}
