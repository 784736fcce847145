import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader, or a process killed midway, never sees half of one: the
/// bytes go to a temporary file in the same folder (`.<name>.tmp-<pid>`), which is synced to
/// disk, then renamed over the final name; the folder is synced after the rename.
enum AtomicFile {
    /// The prefix of temporary files: `.<name>.tmp-`.
    static func temporaryPrefix(for name: String) -> String { "." + name + ".tmp-" }

    /// Writes `text` to `folder/name` atomically.
    ///
    /// - Throws: `BatchError` naming the file when it cannot be written.
    static func write(_ text: String, folder: String, name: String) throws(BatchError) {
        let final = BatchInput.join(folder, name)
        let temporary = BatchInput.join(folder, temporaryPrefix(for: name) + String(getpid()))
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(final, "cannot create a temporary file") }
        var text = text
        let written = text.withUTF8 { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        let synced = written && fsync(descriptor) == 0
        let writeError = failure(final, "cannot write")
        close(descriptor)
        guard synced else {
            unlink(temporary)
            throw writeError
        }
        guard rename(temporary, final) == 0 else {
            let renameError = failure(final, "cannot rename the temporary file into place")
            unlink(temporary)
            throw renameError
        }
        syncFolder(folder)
    }

    /// Removes temporary files left in `folder` for `name` by a process that was killed.
    static func removeLeftovers(folder: String, names: Set<String>, in listing: [String]) {
        for entry in listing where entry.hasPrefix(".") {
            guard let range = entry.range(of: ".tmp-") else { continue }
            if names.contains(String(entry[entry.index(after: entry.startIndex)..<range.lowerBound])) {
                unlink(BatchInput.join(folder, entry))
            }
        }
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    private static func failure(_ path: String, _ problem: String) -> BatchError {
        BatchError(path: path, problem: "\(problem): \(String(cString: strerror(errno)))")
    }
}
