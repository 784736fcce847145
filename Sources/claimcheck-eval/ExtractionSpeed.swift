import CLibXML2
import ClaimCheck
import Foundation

/// Times the reader (page tree from SAX events), the reader with its former tree walk
/// (libxml2 document, walked), libxml2's own DOM parse of the same bytes and libxml2's SAX
/// parse with empty callbacks (the floor any reader on libxml2 has), in this process, on one
/// core, interleaved round by round: best of several rounds for each.
enum ExtractionSpeed {
    static func measure(_ paths: [String], rounds: Int) -> String {
        let pages = paths.compactMap { try? [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))) }
        let bytes = pages.reduce(0) { $0 + $1.count }
        xmlInitParser()
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let clock = ContinuousClock()
        var times: [[Duration]] = [[], [], [], []]
        var floor = htmlSAXHandler()
        floor.startElement = { _, _, _ in }
        floor.endElement = { _, _ in }
        floor.characters = { _, _, _ in }
        for _ in 0..<max(rounds, 1) {
            times[0].append(clock.measure { for page in pages { _ = try? HTMLReader.read(page, path: "") } })
            times[1].append(clock.measure { for page in pages { _ = try? HTMLReader.read(page, path: "", options: .init(treeBuilder: .dom)) } })
            times[2].append(clock.measure {
                for page in pages {
                    page.withUnsafeBufferPointer { buffer in
                        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                            if let document = htmlReadMemory($0, Int32(buffer.count), nil, nil, options) { xmlFreeDoc(document) }
                        }
                    }
                }
            })
            times[3].append(clock.measure {
                for page in pages {
                    page.withUnsafeBufferPointer { buffer in
                        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                            _ = claimcheck_htmlSAXParse($0, Int32(buffer.count), options, &floor, nil)
                        }
                    }
                }
            })
        }
        let best = times.map { $0.min()!.inSeconds }
        let medians = times.map { $0.sorted()[$0.count / 2].inSeconds }
        func rate(_ seconds: Double) -> Double { Double(pages.count) / seconds }
        return String(
            format: """
                speed (scrapinghub dev, %d pages, %.1f MB, best of %d rounds, one core):
                  reader (SAX tree) %.1f pages/s (%.3f s), reader (DOM walk) %.1f pages/s (%.3f s)
                  libxml2 DOM parse %.1f pages/s (%.3f s), libxml2 SAX floor (empty callbacks) %.1f pages/s (%.3f s)
                  reader / DOM parse: %.2f× the pages/s (target >= 1.2×); reader / SAX floor %.2f×; DOM walk / DOM parse %.2f×
                  medians: reader %.3f s, DOM walk %.3f s, DOM parse %.3f s, SAX floor %.3f s
                """,
            pages.count, Double(bytes) / 1e6, rounds, rate(best[0]), best[0], rate(best[1]), best[1], rate(best[2]), best[2], rate(best[3]),
            best[3], best[2] / best[0], best[3] / best[0], best[2] / best[1], medians[0], medians[1], medians[2], medians[3])
    }

    /// Reads every page with both tree builders and counts the pages whose documents differ
    /// (text, positions, kinds, links, metadata) or whose errors differ.
    static func agreement(_ paths: [String]) -> (pages: Int, differing: [String]) {
        var differing: [String] = []
        for path in paths {
            guard let bytes = try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) else { continue }
            let sax = Result { () throws(ReadError) -> Document in try HTMLReader.read(bytes, path: path) }
            let dom = Result { () throws(ReadError) -> Document in try HTMLReader.read(bytes, path: path, options: .init(treeBuilder: .dom)) }
            if sax != dom { differing.append(path) }
        }
        return (paths.count, differing)
    }
}
