#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files opened only when they are what a command expects: a regular file (or a folder), never
/// a FIFO, socket or device that would block the open or the read forever.
///
/// Every file claimcheck reads goes through `read(path:maxSize:)`: the path is opened without
/// blocking (`O_NONBLOCK`, so opening a FIFO with no writer returns at once), checked with
/// `fstat` on the open descriptor (no race between the check and the read), and refused with
/// `ReadError.notRegularFile` unless it is a regular file. The bytes are read into one buffer
/// of the file's size, never past `maxSize`.
///
/// ```swift
/// switch RegularFile.kind(of: path) {
/// case .regular: let bytes = try RegularFile.read(path: path, maxSize: 1 << 20)
/// case .directory, .missing, .other: …
/// }
/// ```
public enum RegularFile {
    /// What is at a path (symbolic links followed).
    public enum Kind: Sendable, Equatable {
        /// A regular file.
        case regular
        /// A folder.
        case directory
        /// Nothing (or a dangling link, or a path through a non-folder).
        case missing
        /// A FIFO, socket, character or block device.
        case other
    }

    /// What is at `path`, by `stat` (never opens it).
    public static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The bytes of the regular file at `path`.
    ///
    /// - Throws: `ReadError.notFound`, `.isDirectory`, `.notRegularFile` (FIFO, socket,
    ///   device), `.unreadable` or `.tooLarge` (over `maxSize`, checked before reading).
    public static func read(path: String, maxSize: Int) throws(ReadError) -> [UInt8] {
        // Devices are refused before they are opened (opening some has effects); the check on
        // the open descriptor below covers a path swapped in between.
        if kind(of: path) == .other { throw .notRegularFile }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if descriptor < 0 { throw error(errno) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) != 0 { throw error(errno) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .isDirectory
        default: throw .notRegularFile
        }
        // A regular file never blocks; clear the flag anyway so that reads behave normally.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let size = Int(status.st_size)
        if size > maxSize { throw .tooLarge(size: size, limit: maxSize) }
        // One byte more than the size, to see the end of the file (or that it grew) without a
        // second buffer; a file still being written is read up to the limit, never past it.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if filled > maxSize { throw .tooLarge(size: filled, limit: maxSize) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), maxSize + 1 - filled)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                readDescriptor(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw error(errno)
            }
            if count == 0 { break }
            filled += count
        }
        if filled > maxSize { throw .tooLarge(size: filled, limit: maxSize) }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private static func error(_ code: Int32) -> ReadError {
        switch code {
        case ENOENT, ENOTDIR, ELOOP: return .notFound
        case EISDIR: return .isDirectory
        case EACCES, EPERM: return .unreadable("permission denied")
        case ENXIO: return .notRegularFile
        default: return .unreadable(String(cString: strerror(code)))
        }
    }
}

/// `read(2)`, under a name the enum's own `read` does not hide.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
