import ClaimCheckHTML
import Foundation

/// The files to read under `--sources` paths.
enum SourceFiles {
    /// A file to read, or a path that failed before reading.
    struct Entry {
        var path: String
        var error: ReadError?
        /// The page's URL, from a snapshot folder's index.
        var url: String? = nil
        /// The charset its server declared, from a snapshot folder's index.
        var charset: String? = nil
    }

    /// Extensions a folder's files must have to be read (extension-less files are read too).
    static let extensions: Set<String> = ["html", "htm", "txt", "md", "warc"]

    /// The files named or found under `paths`, each folder's files sorted, duplicates dropped.
    static func list(_ paths: [String]) -> [Entry] {
        var out: [Entry] = []
        var seen: Set<String> = []
        let files = FileManager.default
        for path in paths {
            switch RegularFile.kind(of: path) {
            case .missing:
                out.append(Entry(path: path, error: .notFound))
                continue
            case .other:
                if seen.insert(path).inserted { out.append(Entry(path: path, error: .notRegularFile)) }
                continue
            case .regular:
                if seen.insert(path).inserted { out.append(Entry(path: path)) }
                continue
            case .directory: break
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var found: [String] = []
            if let walker = files.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let components = relative.split(separator: "/")
                    if components.contains(where: { $0.hasPrefix(".") }) {
                        walker.skipDescendants()
                        continue
                    }
                    let full = base + "/" + relative
                    let kind = RegularFile.kind(of: full)
                    // A link whose target is gone is listed: reading it reports "no such file".
                    // A FIFO, socket or device is listed as one that cannot be read, never opened.
                    let dangling = kind == .missing && (try? files.destinationOfSymbolicLink(atPath: full)) != nil
                    guard kind == .regular || kind == .other || dangling else { continue }
                    if isReadable(name: String(components.last ?? "")) { found.append(full) }
                }
            }
            let index = SnapshotIndex.load(folder: base)
            for file in found.sorted() where seen.insert(file).inserted {
                let page = index[String(file.dropFirst(base.count + 1))]
                let error: ReadError? = RegularFile.kind(of: file) == .other ? .notRegularFile : nil
                out.append(Entry(path: file, error: error, url: page?.url, charset: page?.charset))
            }
        }
        return out
    }

    /// Whether a file found in a folder is one to read, by its name.
    static func isReadable(name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return true }
        if name.lowercased().hasSuffix(".warc.gz") { return true }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
