/// A page or draft as the rest of claimcheck sees it, whatever format it came in.
///
/// Readers (HTML through libxml2, Markdown, plain text) all produce a `Document`: the main
/// text as paragraphs with their positions in the file, the outgoing links (a draft's
/// citations) and the metadata the page gives about itself. Later stages never look at the
/// original bytes again.
public struct Document: Sendable, Equatable, Codable {
    /// The format a document was read from.
    public enum Format: String, Sendable, Equatable, Codable {
        case html
        case markdown
        case text
    }

    /// The file the document was read from, as the caller named it.
    public var path: String
    /// The format it was read as.
    public var format: Format
    /// The character encoding the bytes were decoded from (for example `utf-8`, `windows-1252`).
    public var encoding: String
    /// What the page says about itself: title, publisher, authors, dates, URLs, language.
    public var metadata: Metadata
    /// The main text, one entry per block (paragraph, heading, list item, quote), in order.
    public var paragraphs: [Paragraph]
    /// Outgoing links found in the main text, in order.
    public var links: [Link]

    /// Creates a document.
    public init(
        path: String,
        format: Format,
        encoding: String = "utf-8",
        metadata: Metadata = Metadata(),
        paragraphs: [Paragraph] = [],
        links: [Link] = []
    ) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.metadata = metadata
        self.paragraphs = paragraphs
        self.links = links
    }
}

/// What a page says about itself.
public struct Metadata: Sendable, Equatable, Codable {
    /// The page's own URL, when known (`og:url`, JSON-LD `url`, or the URL it was fetched from).
    public var url: String?
    /// `<link rel="canonical">`, else `og:url`.
    public var canonicalURL: String?
    /// The article's headline.
    public var title: String?
    /// The publisher or site name (JSON-LD `publisher.name`, `og:site_name`, …).
    public var publisher: String?
    /// The authors' names, in page order, without duplicates.
    public var authors: [String]
    /// When the article was first published, as an ISO 8601 string where the page gives one.
    public var published: String?
    /// When the article was last modified, as an ISO 8601 string where the page gives one.
    public var modified: String?
    /// The page's language as a BCP 47 tag (`en`, `fr-FR`), from `<html lang>` or metadata.
    public var language: String?

    /// Creates metadata; every field is optional.
    public init(
        url: String? = nil,
        canonicalURL: String? = nil,
        title: String? = nil,
        publisher: String? = nil,
        authors: [String] = [],
        published: String? = nil,
        modified: String? = nil,
        language: String? = nil
    ) {
        self.url = url
        self.canonicalURL = canonicalURL
        self.title = title
        self.publisher = publisher
        self.authors = authors
        self.published = published
        self.modified = modified
        self.language = language
    }
}

/// One block of main text with its position in the original file.
public struct Paragraph: Sendable, Equatable, Codable {
    /// What kind of block the text came from.
    public enum Kind: String, Sendable, Equatable, Codable {
        case paragraph
        case heading
        case listItem
        case quote
        case preformatted
        case tableCell
    }

    /// The text, with whitespace collapsed and no markup.
    public var text: String
    /// 1-based line in the original file where the block starts.
    public var line: Int
    /// 0-based byte offset in the original file where the block starts.
    public var offset: Int
    /// What kind of block it is.
    public var kind: Kind

    /// Creates a paragraph.
    public init(text: String, line: Int, offset: Int, kind: Kind = .paragraph) {
        self.text = text
        self.line = line
        self.offset = offset
        self.kind = kind
    }
}

/// An outgoing link: in a draft, a citation.
public struct Link: Sendable, Equatable, Codable {
    /// The link target as written, resolved against the page's base URL when one is known.
    public var href: String
    /// The anchor text, whitespace collapsed.
    public var text: String
    /// 1-based line in the original file.
    public var line: Int

    /// Creates a link.
    public init(href: String, text: String, line: Int) {
        self.href = href
        self.text = text
        self.line = line
    }
}
