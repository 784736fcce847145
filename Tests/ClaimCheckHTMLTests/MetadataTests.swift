import Testing

@testable import ClaimCheckHTML

@Suite("Metadata")
struct MetadataTests {
    @Test("JSON-LD NewsArticle, OpenGraph, canonical link and html lang")
    func english() throws {
        let metadata = try Fixtures.read("article-en.html").metadata
        #expect(metadata.title == "Harbour authority counts 1,200 ships")
        #expect(metadata.publisher == "The Coastal Ledger")
        #expect(metadata.authors == ["Ada Fairweather", "Tom Reed"])
        #expect(metadata.published == "2024-03-05T08:00:00Z")
        #expect(metadata.modified == "2024-03-06T10:30:00Z")
        #expect(metadata.canonicalURL == "https://ledger.example/news/harbour-ships")
        #expect(metadata.url == "https://ledger.example/news/harbour-ships")
        #expect(metadata.language == "en-GB")
    }

    @Test("JSON-LD @graph with an @id reference to the publisher")
    func graph() throws {
        let metadata = try Fixtures.read("article-fr-graph.html").metadata
        #expect(metadata.title == "Le conseil régional vote un budget de 3,5 millions d'euros")
        #expect(metadata.publisher == "La Gazette des Rives")
        #expect(metadata.authors == ["Élise Marchand", "Hugo Lefèvre"])
        #expect(metadata.published == "2024-11-20T07:45:00+01:00")
        #expect(metadata.modified == "2024-11-20T12:00:00+01:00")
        #expect(metadata.url == "https://gazette.example/region/budget")
        #expect(metadata.language == "fr")
    }

    @Test("Without JSON-LD: the title element, and the URL the caller gives")
    func plainPage() throws {
        let document = try Fixtures.read("article-fr-windows-1252.html", options: .init(url: "https://usine.example/fermeture"))
        #expect(document.metadata.title == "L’usine ferme : 250 emplois menacés")
        #expect(document.metadata.url == "https://usine.example/fermeture")
        #expect(document.metadata.language == "fr")
        #expect(document.metadata.authors.isEmpty)
    }

    @Test("Meta tags alone: author, dates, site name, og:locale")
    func metaTags() throws {
        let page = """
            <html><head><title>T</title>
            <meta name="author" content="Jeanne Roux"><meta property="og:site_name" content="Le Petit Écho">
            <meta property="og:locale" content="fr_FR"><meta property="article:published_time" content="2023-01-02">
            <meta property="article:modified_time" content="2023-01-03"><meta property="og:title" content="Titre OG">
            </head><body><p>Un paragraphe assez long pour être retenu comme le texte principal, avec une virgule.</p></body></html>
            """
        let metadata = try HTMLReader.read(Array(page.utf8), path: "m.html").metadata
        #expect(metadata.title == "Titre OG")
        #expect(metadata.authors == ["Jeanne Roux"])
        #expect(metadata.publisher == "Le Petit Écho")
        #expect(metadata.published == "2023-01-02")
        #expect(metadata.modified == "2023-01-03")
        #expect(metadata.language == "fr-FR")
    }

    @Test("A <time datetime> gives the date when nothing else does")
    func timeElement() throws {
        let page = "<html><body><article><time datetime=\"2022-10-24T09:00\">24 octobre</time><p>Un paragraphe assez long pour être retenu comme le texte principal, avec une virgule.</p></article></body></html>"
        #expect(try HTMLReader.read(Array(page.utf8), path: "t.html").metadata.published == "2022-10-24T09:00")
    }

    @Test("Character references left in JSON-LD strings are decoded")
    func entitiesInJSONLD() throws {
        let page = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "L&#8217;usine &amp; ses 250 salari&eacute;s", "author": {"@type": "Person", "name": "Jean d&#039;Arc"}}</script></head>
            <body><p>Un paragraphe assez long pour être retenu comme le texte principal, avec une virgule.</p></body></html>
            """
        let metadata = try HTMLReader.read(Array(page.utf8), path: "e.html").metadata
        #expect(metadata.title == "L’usine & ses 250 salariés")
        #expect(metadata.authors == ["Jean d'Arc"])
    }

    @Test("Image credits marked as authors are not authors")
    func imageCredits() throws {
        let page = """
            <html><body><article><span itemprop="author">Emma Mackenzie</span><figure><span itemprop="author">(Image: Getty)</span></figure>
            <p>Un paragraphe assez long pour être retenu comme le texte principal, avec une virgule.</p></article></body></html>
            """
        #expect(try HTMLReader.read(Array(page.utf8), path: "a.html").metadata.authors == ["Emma Mackenzie"])
    }

    @Test("Broken JSON-LD is ignored, not fatal")
    func brokenJSON() throws {
        let page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script><title>Fallback</title></head><body><p>Un paragraphe assez long pour être retenu comme le texte principal, avec une virgule.</p></body></html>"
        #expect(try HTMLReader.read(Array(page.utf8), path: "b.html").metadata.title == "Fallback")
    }
}
