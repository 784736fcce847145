import CLibXML2

/// What libxml2's HTML parser complains about in a page: every error and warning it raises
/// (the reader itself parses with them off), for checking that a report is well-formed.
struct LibXML2Problem: CustomStringConvertible {
    var code: Int32
    var line: Int32
    var message: String
    /// The element name, for an unknown-tag error.
    var name: String?

    var description: String { "line \(line): [\(code)] \(message.trimmingCharacters(in: .whitespacesAndNewlines))" }

    /// libxml2 2.9 knows HTML 4 only: `XML_HTML_UNKNOWN_TAG` for an HTML5 element.
    var isUnknownTag: Bool { code == Int32(XML_HTML_UNKNOWN_TAG.rawValue) }

    /// Parses `html` with errors and warnings on (no recovery flag: recovery is for pages
    /// written by others) and returns what libxml2 reported, in order.
    static func problems(in html: String) -> [LibXML2Problem] {
        xmlInitParser()
        final class Box { var problems: [LibXML2Problem] = [] }
        let box = Box()
        let context = Unmanaged.passUnretained(box).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<Box>.fromOpaque(context).takeUnretainedValue()
            box.problems.append(
                LibXML2Problem(
                    code: error.pointee.code, line: error.pointee.line,
                    message: error.pointee.message.map { String(cString: $0) } ?? "",
                    name: error.pointee.str1.map { String(cString: $0) }))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        var text = html
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_PEDANTIC.rawValue)
                if let document = htmlReadMemory(chars.baseAddress, Int32(chars.count), "report.html", "UTF-8", options) {
                    xmlFreeDoc(document)
                }
            }
        }
        return box.problems
    }
}

import Foundation
