import CLibXML2

/// libxml2's process-wide set-up and the options every parse uses.
enum LibXML2 {
    /// Runs `xmlInitParser()` once, the first time it is read; never cleaned up.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Recover from bad markup, never touch the network, print nothing, keep small text nodes
    /// compact, and ignore the page's own charset (the text handed over is already UTF-8).
    static let htmlOptions: Int32 = Int32(
        bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// The depth past which libxml2 stops parsing (its `xmlParserMaxDepth`).
    static let maximumDepth = 256
}
