/// The HTML elements the reader tells apart; everything else is `other` (an inline element).
enum Tag: UInt8 {
    case other
    // Document structure and metadata.
    case html, head, body, title, meta, link, base
    // Never text: their content is skipped.
    case script, style, template, noscript, svg, math, iframe, object, embed, select, textarea,
        button, input, canvas, video, audio, dialog, option
    // Blocks.
    case p, div, section, article, main, aside, nav, header, footer
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, blockquote, pre, table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, details, summary, address, hr, br, center, fieldset, legend, menu, form
    // Inline elements the reader looks at.
    case a, time, span, img

    /// Reads a libxml2 element name (lower case, NUL-terminated) without making a String.
    init(name: UnsafePointer<UInt8>) {
        var length = 0
        while name[length] != 0 {
            length += 1
            if length > 10 {
                self = .other
                return
            }
        }
        self = Tag.lookup(name, length)
    }

    private static func lookup(_ name: UnsafePointer<UInt8>, _ length: Int) -> Tag {
        @inline(__always) func byte(_ index: Int) -> UInt8 { name[index] }
        switch length {
        case 1:
            switch byte(0) {
            case UInt8(ascii: "p"): return .p
            case UInt8(ascii: "a"): return .a
            default: return .other
            }
        case 2:
            let first = byte(0), second = byte(1)
            if first == UInt8(ascii: "h") {
                switch second {
                case UInt8(ascii: "1"): return .h1
                case UInt8(ascii: "2"): return .h2
                case UInt8(ascii: "3"): return .h3
                case UInt8(ascii: "4"): return .h4
                case UInt8(ascii: "5"): return .h5
                case UInt8(ascii: "6"): return .h6
                case UInt8(ascii: "r"): return .hr
                default: return .other
                }
            }
            switch (first, second) {
            case (UInt8(ascii: "u"), UInt8(ascii: "l")): return .ul
            case (UInt8(ascii: "o"), UInt8(ascii: "l")): return .ol
            case (UInt8(ascii: "l"), UInt8(ascii: "i")): return .li
            case (UInt8(ascii: "d"), UInt8(ascii: "l")): return .dl
            case (UInt8(ascii: "d"), UInt8(ascii: "t")): return .dt
            case (UInt8(ascii: "d"), UInt8(ascii: "d")): return .dd
            case (UInt8(ascii: "t"), UInt8(ascii: "r")): return .tr
            case (UInt8(ascii: "t"), UInt8(ascii: "d")): return .td
            case (UInt8(ascii: "t"), UInt8(ascii: "h")): return .th
            case (UInt8(ascii: "b"), UInt8(ascii: "r")): return .br
            default: return .other
            }
        default:
            return Tag.byName[Name(name, length)] ?? .other
        }
    }

    /// Names of three letters or more, packed into an integer key.
    private static let byName: [Name: Tag] = {
        let names: [(String, Tag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta),
            ("link", .link), ("base", .base), ("script", .script), ("style", .style),
            ("template", .template), ("noscript", .noscript), ("svg", .svg), ("math", .math),
            ("iframe", .iframe), ("object", .object), ("embed", .embed), ("select", .select),
            ("textarea", .textarea), ("button", .button), ("input", .input), ("canvas", .canvas),
            ("video", .video), ("audio", .audio), ("dialog", .dialog), ("option", .option),
            ("div", .div), ("section", .section), ("article", .article), ("main", .main),
            ("aside", .aside), ("nav", .nav), ("header", .header), ("footer", .footer),
            ("blockquote", .blockquote), ("pre", .pre), ("table", .table), ("thead", .thead),
            ("tbody", .tbody), ("tfoot", .tfoot), ("caption", .caption), ("figure", .figure),
            ("figcaption", .figcaption), ("details", .details), ("summary", .summary),
            ("address", .address), ("center", .center), ("fieldset", .fieldset),
            ("legend", .legend), ("menu", .menu), ("form", .form), ("time", .time),
            ("span", .span), ("img", .img),
        ]
        var table: [Name: Tag] = [:]
        for (name, tag) in names {
            let bytes = Array(name.utf8)
            bytes.withUnsafeBufferPointer { table[Name($0.baseAddress!, bytes.count)] = tag }
        }
        return table
    }()

    /// Up to ten ASCII letters packed into an integer (names longer than ten are not tags we
    /// know).
    private struct Name: Hashable {
        var low: UInt64 = 0
        var high: UInt16 = 0

        init(_ name: UnsafePointer<UInt8>, _ length: Int) {
            for index in 0..<min(length, 8) { low |= UInt64(name[index]) << (8 * UInt64(index)) }
            if length > 8 {
                for index in 8..<length { high |= UInt16(name[index]) << (8 * UInt16(index - 8)) }
            }
        }
    }

    /// Whether the element's content is never text for a reader.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .template, .noscript, .svg, .math, .iframe, .object, .embed, .select,
            .textarea, .button, .input, .canvas, .video, .audio, .dialog, .option, .title, .head:
            return true
        default:
            return false
        }
    }

    /// Whether the element starts and ends a block of text (even where libxml2 leaves a `<p>`
    /// open around it).
    var isBlock: Bool {
        switch self {
        case .html, .body, .p, .div, .section, .article, .main, .aside, .nav, .header, .footer,
            .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .table,
            .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption, .details,
            .summary, .address, .hr, .br, .center, .fieldset, .legend, .menu, .form:
            return true
        default:
            return false
        }
    }

    /// Whether the element is a heading.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// The kind of paragraph a block directly inside this element is.
    var paragraphKind: Paragraph.Kind {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return .heading
        case .li, .dt, .dd: return .listItem
        case .blockquote: return .quote
        case .pre: return .preformatted
        case .td, .th: return .tableCell
        default: return .paragraph
        }
    }
}
