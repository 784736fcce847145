import CLibXML2
import ClaimCheck
import Foundation

/// Times the reader against libxml2's bare parse of the same bytes, in this process, on one
/// core: best of several rounds for each.
enum ExtractionSpeed {
    static func measure(_ paths: [String], rounds: Int) -> String {
        let pages = paths.compactMap { try? [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))) }
        let bytes = pages.reduce(0) { $0 + $1.count }
        xmlInitParser()
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let clock = ContinuousClock()
        var readerTimes: [Duration] = []
        var parseTimes: [Duration] = []
        for _ in 0..<max(rounds, 1) {
            parseTimes.append(clock.measure {
                for page in pages {
                    page.withUnsafeBufferPointer { buffer in
                        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                            if let document = htmlReadMemory($0, Int32(buffer.count), nil, nil, options) { xmlFreeDoc(document) }
                        }
                    }
                }
            })
            readerTimes.append(clock.measure {
                for page in pages { _ = try? HTMLReader.read(page, path: "") }
            })
        }
        let reader = readerTimes.min()!.inSeconds, parse = parseTimes.min()!.inSeconds
        let median = (readerTimes.sorted()[readerTimes.count / 2]).inSeconds, parseMedian = (parseTimes.sorted()[parseTimes.count / 2]).inSeconds
        return String(
            format: "speed (scrapinghub dev, %d pages, %.1f MB, best of %d rounds, one core):\n  reader %.1f pages/s (%.3f s), libxml2 bare parse %.1f pages/s (%.3f s), ratio %.2f×\n  medians: reader %.3f s, parse %.3f s, ratio %.2f×",
            pages.count, Double(bytes) / 1e6, rounds, Double(pages.count) / reader, reader, Double(pages.count) / parse, parse, reader / parse, median, parseMedian, median / parseMedian)
    }

}
