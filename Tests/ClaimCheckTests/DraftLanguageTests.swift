import Testing

@testable import ClaimCheck

/// Which drafts the English and French rules may read (`DraftLanguage`): a page tagged
/// English whose prose is another language is not checked; English and French prose is.
@Suite("Draft language")
struct DraftLanguageTests {
    private func document(_ paragraph: String, tag: String?) -> Document {
        var metadata = Metadata()
        metadata.language = tag
        return Document(
            path: "page.html", format: .html, encoding: "utf-8", metadata: metadata,
            paragraphs: Array(repeating: Paragraph(text: paragraph, line: 1, offset: 0), count: 3), links: [])
    }

    @Test(
        "Prose in another Latin-script language is not checked, whatever the page's tag",
        arguments: [
            // German (written for the test).
            "Die Stadt hat im vergangenen Jahr mehr als 40 neue Wohnungen gebaut, und der Bürgermeister ist mit dem Ergebnis nicht zufrieden. Die Kosten für das Projekt sind nach Angaben der Verwaltung auf 12 Millionen Euro gestiegen, was auch an den hohen Preisen für Baustoffe liegt. Im Frühjahr sollen weitere Wohnungen folgen.",
            // Spanish (written for the test).
            "El alcalde dijo el martes que la ciudad construyó más de 40 viviendas el año pasado, pero que los costes del proyecto subieron a 12 millones de euros. Según el ayuntamiento, las obras de las nuevas viviendas se retrasaron por el precio de los materiales y por la falta de trabajadores en la región, y se espera que terminen en primavera.",
        ])
    func otherLanguage(_ paragraph: String) {
        for tag in ["en", nil] {
            let result = ClaimChecker().check(document(paragraph, tag: tag))
            #expect(result.findings.isEmpty, "\(tag ?? "no tag"): \(result.findings.map(\.message))")
            #expect(result.notices.contains { $0.message.contains("not checked") }, "\(tag ?? "no tag")")
        }
    }

    @Test(
        "English and French prose is checked",
        arguments: [
            "The city built more than 40 new homes last year, and the mayor said on Tuesday that the cost of the project had risen to $12 million because of the price of materials. More homes are planned for the spring, when the second phase of the project is due to begin in the north of the city.",
            "La ville a construit plus de 40 logements l'an dernier, et le maire a indiqué mardi que le coût du projet était passé à 12 millions d'euros en raison du prix des matériaux. D'autres logements sont prévus au printemps, quand la deuxième phase du projet doit commencer dans le nord de la ville.",
        ])
    func ourLanguages(_ paragraph: String) {
        for tag in ["en", "fr", nil] {
            #expect(DraftLanguage.unsupported(document(paragraph, tag: tag)) == nil, "\(tag ?? "no tag")")
        }
    }
}
