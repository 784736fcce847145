import ClaimCheck
import Testing

@Suite struct LexiconTests {
    let lexicon = BilingualLexicon.builtIn

    @Test func theBuiltInTableHasAtLeast150Concepts() {
        #expect(lexicon.concepts.count >= 150)
    }

    @Test(arguments: [
        ("expelled", "expulsés"), ("spy", "espions"), ("diplomats", "diplomates"), ("home", "logement"),
        ("died", "mort"), ("death", "décès"), ("killed", "tués"), ("arrested", "interpellé"),
        ("minister", "ministre"), ("ministry", "ministère"), ("interior", "Intérieur"), ("police", "police"),
        ("government", "gouvernement"), ("war", "guerre"), ("invasion", "invasion"), ("embassy", "ambassade"),
        ("intelligence", "renseignement"), ("student", "étudiants"), ("engineer", "ingénieur"),
        ("company", "entreprise"), ("company", "société"), ("petition", "pétition"), ("interview", "entretien"),
        ("journalist", "journaliste"), ("Russian", "russes"), ("April", "avril"),
    ])
    func englishAndFrenchFormsShareAConcept(english: String, french: String) {
        let a = lexicon.concept(of: english, language: .english)
        #expect(a != nil)
        #expect(a == lexicon.concept(of: french, language: .french))
    }

    @Test func unrelatedWordsDoNotShareAConcept() {
        #expect(lexicon.concept(of: "spy", language: .english) != lexicon.concept(of: "diplomate", language: .french))
        #expect(lexicon.concept(of: "zeppelin", language: .english) == nil)
    }

    @Test func everyFormIsOneWord() {
        for line in BilingualLexicon.builtInTable.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            #expect(columns.count == 2, "\(line)")
            for form in columns.flatMap({ $0.split(separator: ",") }) {
                let words = Tokenizer.tokens(in: String(form)).filter { $0.kind != .punctuation }
                #expect(words.count == 1, "\(form)")
            }
        }
    }

    @Test func aTableCanBeExtended() {
        var custom = BilingualLexicon(table: "# comment\nwarship\tnavire\n")
        custom.add(concept: "drone", english: ["drone", "drones"], french: ["drone"])
        #expect(custom.concepts == ["warship", "drone"])
        #expect(custom.concept(of: "navires", language: .french) == "warship")
        #expect(custom.concept(of: "drones", language: .french) == "drone")
    }
}

@Suite struct LexiconTableTests {
    /// A form listed under two concepts would silently belong to the first one only.
    @Test func noFormBelongsToTwoConceptsOfTheSameLanguage() {
        for column in 0..<2 {
            var owner: [String: String] = [:]
            for line in BilingualLexicon.builtInTable.split(separator: "\n") where !line.hasPrefix("#") {
                let columns = line.split(separator: "\t")
                guard columns.count == 2 else { continue }
                let concept = String(columns[0].split(separator: ",")[0]).trimmingCharacters(in: .whitespaces)
                for form in columns[column].split(separator: ",") {
                    let key = form.trimmingCharacters(in: .whitespaces).lowercased()
                    if let other = owner[key], other != concept {
                        Issue.record("\(key) is listed under \(other) and \(concept)")
                    }
                    owner[key] = concept
                }
            }
        }
    }
}
