import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The attributes of one element the reader looks at, as pointers into libxml2's tree or its
/// SAX attribute array (valid only while the walk or the callback is at that element).
struct Attributes {
    var `class`: UnsafePointer<UInt8>?
    var id: UnsafePointer<UInt8>?
    var role: UnsafePointer<UInt8>?
    var itemprop: UnsafePointer<UInt8>?
    var href: UnsafePointer<UInt8>?
    var rel: UnsafePointer<UInt8>?
    var type: UnsafePointer<UInt8>?
    var name: UnsafePointer<UInt8>?
    var property: UnsafePointer<UInt8>?
    var content: UnsafePointer<UInt8>?
    var charset: UnsafePointer<UInt8>?
    var datetime: UnsafePointer<UInt8>?
    var lang: UnsafePointer<UInt8>?
    /// `hidden`, `aria-hidden="true"` or an inline `display:none`.
    var isHidden = false

    /// Reads the attributes of an element node by comparing name bytes.
    init(_ node: xmlNodePtr) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name else { continue }
            set(name, current.pointee.children.flatMap { UnsafePointer($0.pointee.content) })
        }
    }

    /// Reads a SAX `startElement`'s attributes: name, value, name, value, …, then NULL (a
    /// value is NULL for an attribute without one).
    init(pairs: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        guard var pair = pairs else { return }
        while let name = pair[0] {
            set(name, pair[1])
            pair += 2
        }
    }

    /// Records one attribute if it is one the reader looks at.
    private mutating func set(_ name: UnsafePointer<UInt8>, _ value: UnsafePointer<UInt8>?) {
        switch name[0] {
        case UInt8(ascii: "c"):
            if Attributes.is(name, "class") { self.class = value }
            else if Attributes.is(name, "content") { content = value }
            else if Attributes.is(name, "charset") { charset = value }
        case UInt8(ascii: "i"):
            if Attributes.is(name, "id") { id = value }
            else if Attributes.is(name, "itemprop") { itemprop = value }
        case UInt8(ascii: "r"):
            if Attributes.is(name, "role") { role = value }
            else if Attributes.is(name, "rel") { rel = value }
        case UInt8(ascii: "h"):
            if Attributes.is(name, "href") { href = value }
            else if Attributes.is(name, "hidden") { isHidden = true }
        case UInt8(ascii: "t"):
            if Attributes.is(name, "type") { type = value }
        case UInt8(ascii: "n"):
            if Attributes.is(name, "name") { self.name = value }
        case UInt8(ascii: "p"):
            if Attributes.is(name, "property") { property = value }
        case UInt8(ascii: "d"):
            if Attributes.is(name, "datetime") { datetime = value }
        case UInt8(ascii: "l"):
            if Attributes.is(name, "lang") { lang = value }
        case UInt8(ascii: "s"):
            if Attributes.is(name, "style"), let value, Attributes.hidesDisplay(value) { isHidden = true }
        case UInt8(ascii: "a"):
            if Attributes.is(name, "aria-hidden"), let value, PageTreeBuilder.equals(value, "true") { isHidden = true }
        default:
            break
        }
    }

    /// An attribute's value as a pointer.
    func value(_ key: KeyPath<Attributes, UnsafePointer<UInt8>?>) -> UnsafePointer<UInt8>? {
        self[keyPath: key]
    }

    /// An attribute's value as a String, trimmed.
    func string(_ key: KeyPath<Attributes, UnsafePointer<UInt8>?>) -> String? {
        guard let pointer = self[keyPath: key] else { return nil }
        let count = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        guard count > 0 else { return "" }
        // Fast path: an ASCII letter, digit or punctuation mark at both ends leaves nothing
        // to trim (Character.isWhitespace needs Unicode properties, costly per attribute).
        let first = pointer[0], last = pointer[count - 1]
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self).trimmingWhitespace()
    }

    private static func `is`(_ name: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        let letters = word.utf8Start
        let count = word.utf8CodeUnitCount
        for index in 0..<count where name[index] != letters[index] { return false }
        return name[count] == 0
    }

    /// Whether an inline style says `display:none` or `visibility:hidden`: its first 400
    /// bytes other than spaces, each `| 0x20` (lower case), contain either.
    private static func hidesDisplay(_ style: UnsafePointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 400) { compact in
            var count = 0
            var pointer = style
            while pointer.pointee != 0, count < 400 {
                let byte = pointer.pointee
                if byte != 0x20 {
                    compact[count] = byte | 0x20
                    count += 1
                }
                pointer += 1
            }
            let bytes = UnsafeBufferPointer(rebasing: compact[0..<count])
            return contains(bytes, "display:none") || contains(bytes, "visibility:hidden")
        }
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let letters = word.utf8Start
        let length = word.utf8CodeUnitCount
        guard bytes.count >= length else { return false }
        var start = 0
        while start + length <= bytes.count {
            var index = 0
            while index < length, bytes[start + index] == letters[index] { index += 1 }
            if index == length { return true }
            start += 1
        }
        return false
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
