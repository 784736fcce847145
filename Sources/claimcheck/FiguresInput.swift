import ClaimCheck
import Foundation

/// Reads the text given to `claimcheck figures`: the argument, or a file that must be UTF-8.
enum FiguresInput {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func read(text: String?, file: String?) throws -> String {
        switch (text, file) {
        case (let t?, nil): return t
        case (nil, let path?):
            let data: Data
            do throws(ReadError) {
                data = Data(try RegularFile.read(path: path, maxSize: DocumentReader.defaultMaxSize))
            } catch {
                switch error {
                case .notFound: throw Failure(description: "\(path): no such file")
                case .isDirectory: throw Failure(description: "\(path): is a directory")
                case .notRegularFile: throw Failure(description: "\(path): \(error)")
                case .tooLarge(let size, let limit): throw Failure(description: "\(path): file is \(size) bytes, over the \(limit)-byte limit")
                default: throw Failure(description: "\(path): cannot be read")
                }
            }
            guard let s = String(validatingUTF8: data) else {
                throw Failure(description: "\(path): not valid UTF-8")
            }
            guard s.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                throw Failure(description: "\(path): empty file")
            }
            guard !s.unicodeScalars.contains("\u{0}") else {
                throw Failure(description: "\(path): binary file (contains NUL bytes)")
            }
            return s
        case (nil, nil): throw Failure(description: "give a text or --file FILE")
        case (_?, _?): throw Failure(description: "give a text or --file FILE, not both")
        }
    }
}

extension String {
    /// Decodes UTF-8 strictly (nil on any invalid byte; a leading BOM is dropped).
    init?(validatingUTF8 data: Data) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var out = String.UnicodeScalarView()
        var decoder = UTF8()
        var it = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(out)
    }
}
