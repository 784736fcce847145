import Testing

@testable import ClaimCheckHTML

@Suite("Main text and boilerplate")
struct BoilerplateTests {
    @Test(
        "The article's paragraphs are kept",
        arguments: [
            ("article-en.html", "about 1,200 ships called at the port in 2023"),
            ("article-en.html", "the number of crane operators fell by 12"),
            ("article-en.html", "We have never been busier"),
            ("article-en.html", "The authority expects between 1,250 and 1,300 ships"),
            ("article-fr-graph.html", "par 48 voix contre 12 et 3 abstentions"),
            ("article-fr-graph.html", "près de 40 % des bâtiments"),
            ("comments-with-figures.html", "The city planted 5,000 trees this autumn"),
            ("article-fr-iso-8859-1.html", "Quelque 80 familles ont été évacuées"),
        ])
    func keeps(file: String, text: String) throws {
        #expect(try Fixtures.text(file).contains(text))
    }

    @Test(
        "Navigation, Read also, About the author, share bars, cookie and newsletter boxes, comments and footers are dropped",
        arguments: [
            ("article-en.html", "Sport"),
            ("article-en.html", "We use cookies"),
            ("article-en.html", "New berth opens"),
            ("article-en.html", "Read also"),
            ("article-en.html", "ten years at sea"),
            ("article-en.html", "Sign up to our newsletter"),
            ("article-en.html", "Share on Social"),
            ("article-en.html", "Storm closes ferry routes"),
            ("article-en.html", "All rights reserved"),
            ("article-fr-graph.html", "À lire aussi"),
            ("article-fr-graph.html", "Les lycées vétustes"),
            ("article-fr-graph.html", "Partager"),
            ("article-fr-graph.html", "10 fois moins"),
            ("article-fr-graph.html", "mentions légales"),
            ("article-fr-windows-1252.html", "Accueil"),
            ("comments-with-figures.html", "3,000 at most"),
            ("comments-with-figures.html", "over £200 per tree"),
            ("comments-with-figures.html", "42 comments"),
        ])
    func drops(file: String, text: String) throws {
        #expect(try !Fixtures.text(file).contains(text))
    }

    @Test("HTML5 blocks end an open <p>; template content is never text")
    func html5Blocks() throws {
        let paragraphs = try Fixtures.read("html5-blocks.html").paragraphs.map(\.text)
        #expect(paragraphs.first == "First paragraph opens here and runs long enough to count as prose, with a comma, and another.")
        #expect(paragraphs.contains("Section text that stands alone as its own block of prose, with a comma too."))
        #expect(paragraphs.contains { $0.hasPrefix("Last paragraph after the blocks") })
        #expect(!paragraphs.joined().contains("Template text"))
    }

    @Test("Block kinds: headings, quotes, paragraphs")
    func kinds() throws {
        let paragraphs = try Fixtures.read("article-en.html").paragraphs
        #expect(paragraphs.first { $0.text == "Cargo volumes" }?.kind == .heading)
        #expect(paragraphs.first { $0.text.hasPrefix("\"We have never") }?.kind == .quote)
        #expect(paragraphs.first { $0.text.hasPrefix("The harbour authority") }?.kind == .paragraph)
    }

    @Test("Whitespace is collapsed and inline markup joins words as a browser shows them")
    func whitespace() throws {
        let page = "<html><body><article><p>  Un   <b>texte</b>\n\t réparti<i>s</i> sur\u{00A0}plusieurs   lignes, avec assez de mots pour être lu.  </p></article></body></html>"
        let text = try HTMLReader.read(Array(page.utf8), path: "w.html").paragraphs.map(\.text)
        #expect(text == ["Un texte répartis sur plusieurs lignes, avec assez de mots pour être lu."])
    }
}

@Suite("Block cleaning")
struct BlockCleaningTests {
    private func paragraphs(_ body: String, title: String = "Une page d'essai") throws -> [Paragraph] {
        let page = "<html><head><title>\(title)</title></head><body>\(body)</body></html>"
        return try HTMLReader.read(Array(page.utf8), path: "c.html").paragraphs
    }

    private let prose = "<p>Le conseil municipal a voté mardi, par 21 voix contre 8, un budget de 4 millions d'euros pour les écoles, a indiqué la mairie.</p>"

    @Test("A paragraph inside a heading that libxml2 left open is a paragraph, not a heading")
    func paragraphInOpenHeading() throws {
        let kept = try paragraphs("<article><h2>Titre de section<div>\(prose)</div></h2></article>")
        #expect(kept.first { $0.text.hasPrefix("Le conseil") }?.kind == .paragraph)
    }

    @Test("A heading whose section was all boilerplate goes with it")
    func orphanHeading() throws {
        let kept = try paragraphs("<article>\(prose)\(prose)<h2>Nos partenaires</h2><div class=\"related-links\"><a href=\"/a\">Un lien vers ailleurs</a></div></article>")
        #expect(!kept.contains { $0.text == "Nos partenaires" })
        #expect(kept.count == 2)
    }

    @Test("The headline that repeats the page title is metadata, not body")
    func headline() throws {
        let kept = try paragraphs("<article><h1>Le budget des écoles adopté</h1>\(prose)\(prose)</article>", title: "Le budget des écoles adopté - Le Journal")
        #expect(!kept.contains { $0.kind == .heading })
    }

    @Test("Short lines in an article's header (date, credit) go; the standfirst stays")
    func articleHeader() throws {
        let standfirst = "La mairie consacre une enveloppe inédite à la rénovation de ses douze écoles, dont trois seront reconstruites."
        let kept = try paragraphs("<article><header><p>Publié le 3 mars 2024</p><p>\(standfirst)</p></header>\(prose)\(prose)</article>")
        #expect(kept.first?.text == standfirst)
        #expect(!kept.contains { $0.text.hasPrefix("Publié") })
    }

    @Test("Script text after a self-closed <script/> is not prose")
    func scriptText() throws {
        let kept = try paragraphs("<article>\(prose)<script type=\"text/javascript\"/>(function() { var a = {b: 1}; window.x = a; if (a) { run(a); } })();</article>")
        #expect(kept.count == 1)
    }

    @Test("Furniture lines: credits and dates, with or without parentheses")
    func furnitureLines() throws {
        let kept = try paragraphs("<article>\(prose)<p>(Crédit : AFP)</p><p>Mis à jour le 4 mars</p>\(prose)</article>")
        #expect(kept.count == 2)
    }

    @Test("A standfirst in another branch of the article comes with the body")
    func standfirst() throws {
        let standfirst = "La mairie consacre une enveloppe inédite à la rénovation des écoles de la ville."
        let body = String(repeating: prose, count: 5)
        let kept = try paragraphs("""
            <nav><a href="/">Accueil</a></nav>
            <article><div class="chapo"><div><p>\(standfirst)</p></div></div>
            <div class="corps"><div><div><div><div><div><div>\(body)</div></div></div></div></div></div></div></article>
            <div class="sidebar">\(prose)</div>
            """)
        #expect(kept.first?.text == standfirst)
        #expect(kept.count == 6)
    }
}
