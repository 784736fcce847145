import ClaimCheckText

/// The words the quantity frame reads, per language, as data: a reviewer can extend the French
/// lists without reading the frame's code. All lower case, diacritics kept; multi-word cues are
/// matched token by token.
enum QuantityWords {
    /// Units and measures: a figure counted in one of these is *measured in* it, and the unit is
    /// not the thing counted ("$280 million" of reservations, "165 kilometres" from a town,
    /// "three months" of malaise).
    static let measures: [Language: Set<String>] = [
        .english: words("""
            dollar euro pound yen yuan renminbi franc rupee ruble rouble peso real rand won lira krona krone shekel dirham riyal cent penny pence
            bn b m k
            second minute hour day night week weekend month year decade century millennium season quarter
            metre meter kilometre kilometer km mile foot feet inch yard acre hectare mm cm
            gram kilogram kg tonne ton pound lb ounce oz litre liter gallon barrel
            watt kilowatt megawatt gigawatt kw kwh mw gw mwh gwh twh volt horsepower hp mph kph lb-ft
            degree celsius fahrenheit kelvin calorie byte kb mb gb tb pixel megapixel light-year point pts
            ppm part gigatonne gigaton megaton
            percent per cent percentage time times fold
            """),
        .french: words("""
            euro dollar livre yen yuan franc rouble roupie centime
            md mds mrd
            seconde minute heure jour nuit semaine mois an année décennie siècle saison trimestre
            mètre kilomètre km mile pied pouce hectare mm cm
            gramme kilogramme kg tonne litre baril
            watt kilowatt mégawatt gigawatt kw kwh mw gw volt cheval chevaux
            degré calorie octet pixel point
            pour cent pourcentage fois
            """),
    ]

    /// Currencies: a figure counted in one is a sum of money ("pound" is left out: "475 pounds
    /// of cocaine"; "£" says it).
    static let currencies: [Language: Set<String>] = [
        .english: words("dollar euro yen yuan renminbi franc rupee ruble rouble peso rand won lira krona krone shekel dirham riyal cent penny pence"),
        .french: words("euro dollar yen yuan franc rouble roupie centime"),
    ]

    /// Events that count the same outcome though the lexicon keeps them apart (the dead of a
    /// disaster are "died" in one sentence and "killed" in the next), as English lemmas; the
    /// lexicon carries each to French. One group a line.
    static let sameEvents: [Set<String>] = groups("""
        die kill death dead perish
        injure wound hurt injury
        register sign enroll enrol subscribe join
        hire recruit employ
        arrest detain
        expel deport
        evacuate flee displace
        take seize capture abduct kidnap
        give donate contribute
        approve agree authorize authorise
        buy purchase acquire order
        find discover
        vote elect
        have contain comprise house boast number own possess compter comporter contenir abriter posseder heberger
        stand remain stay hold keep sit hover maintain maintenir rester
        """)

    /// Each word of `sameEvents` with the index of its group (the first, if in two).
    static let eventGroups: [String: Int] = sameEvents.enumerated().reduce(into: [:]) { table, group in
        for word in group.element where table[word] == nil { table[word] = group.offset }
    }

    /// The event of a count of what someone or something has ("had about 300,000 followers",
    /// "her 124,000 followers", "the complex contained 300 flats"): one of the `sameEvents` group.
    static let possession = "have"

    /// The index of the possession group in `sameEvents`.
    static let possessionGroup = sameEvents.firstIndex { $0.contains(possession) }

    /// Verb forms that, right before a figure, say the figure counts what the subject has.
    /// French "a" is left out: folded, it is also the preposition "à".
    /// Month names (full, so no abbreviation reads as a word) and weekdays, folded as the
    /// tokenizer keys them, to "m1"…"m12" and "d1"…"d7" (Monday first): the moments a frame
    /// reads when the date engine gives no date ("in May", "on Wednesday").
    static let moments: [Language: [String: String]] = [
        .english: momentTable(
            months: "january february march april may june july august september october november december",
            weekdays: "monday tuesday wednesday thursday friday saturday sunday"),
        .french: momentTable(
            months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            weekdays: "lundi mardi mercredi jeudi vendredi samedi dimanche"),
    ]

    /// Words that introduce a month or weekday as the moment something happens ("in May",
    /// "on Wednesday", "last March", "en mars", "au mois de mai").
    static let momentLinks: [Language: Set<String>] = [
        .english: words("in on during last this next early late"),
        .french: words("en de ce dernier prochain"),
    ]

    /// Words that make a French weekday a deadline or a start, not a moment ("d'ici mardi",
    /// "depuis lundi", "avant vendredi", "jusqu'à jeudi").
    static let momentDeadlines: [Language: Set<String>] = [
        .english: words("by before until till since from to after"),
        .french: words("ici depuis avant jusqu a après apres des dès"),
    ]

    static func momentTable(months: String, weekdays: String) -> [String: String] {
        func keyed(_ list: String) -> [String] {
            list.split(separator: " ").map { Tokenizer.tokens(in: String($0)).map(\.key).joined() }
        }
        var table: [String: String] = [:]
        for (i, key) in keyed(months).enumerated() { table[key] = "m\(i + 1)" }
        for (i, key) in keyed(weekdays).enumerated() { table[key] = "d\(i + 1)" }
        return table
    }

    /// Adverbs that may stand between a possession verb and its count ("compte désormais 4 200
    /// lits", "had still 40 ships").
    static let possessionAdverbs: [Language: Set<String>] = [
        .english: words("now still already currently"),
        .french: words("désormais encore toujours déjà actuellement"),
    ]

    static let possessionVerbs: [Language: Set<String>] = [
        .english: words("""
            has have had having contains contained contain comprises comprised comprise houses housed boasts boasted
            numbers numbered owns owned possesses possessed
            """),
        .french: words("""
            ont avait avaient aura auront aurait auraient compte comptait comptent comptaient comportait comporte contient
            contenait contiennent abrite abritait abriterait abritent possede possedait possedent heberge hebergeait
            """),
    ]

    /// Words right before a percentage that make it the level of the noun before them ("its
    /// policy rate at 2.25 per cent", "unemployment rose to 4.1%", "le taux directeur à 2 %").
    /// Nouns that name a number given later in the clause after "at" or "to" ("put the number
    /// of people killed at 39,000", "le nombre de morts à 12"), followed by "of" / "de".
    static let numberNouns: [Language: Set<String>] = [
        .english: words("number total tally count"),
        .french: words("nombre total"),
    ]

    /// "Of" between a noun and what it names: "the number of people", "the city of Valencia",
    /// "le nombre de morts", "la ville de Lyon".
    static let of: [Language: Set<String>] = [
        .english: words("of"),
        .french: words("de des d"),
    ]

    /// Nouns of a count of the dead given later in the clause ("the death toll … rose to 10"):
    /// the figure counts people, and its event is the `die` group's.
    static let tollNouns: [Language: Set<String>] = [
        .english: words("toll"),
        .french: words(""),
    ]

    /// The event a toll counts.
    static let tollEvent = "die"

    static let levelLinks: [Language: Set<String>] = [
        .english: words("at to"),
        .french: words("à"),
    ]

    /// Verbs between a level's noun and its link ("unemployment stood at 4.1%"), skipped to find the noun.
    static let levelVerbs: [Language: Set<String>] = [
        .english: words("""
            stood stands stand was is were are remained remains remain rose risen rises rise fell fallen falls fall climbed
            climbs dropped drops jumped jumps slipped slips eased eases held holds hold kept keeps keep stayed stays hovers
            hovered sits sat set fixed
            """),
        .french: words("""
            est était reste restait demeure demeurait atteint atteignait passé passe grimpé grimpe chuté chute reculé
            recule fixé fixe maintenu maintient établit établi élève élevé
            """),
    ]

    /// Verbs of a change right before a percentage ("shares have risen 40%", "climbing more
    /// than 80%", "a augmenté de 3 %"): the percentage is the change of the noun before the
    /// verb, upwards or downwards; two changes of one noun in one direction are one quantity.
    static let risingVerbs: [Language: Set<String>] = [
        .english: words("""
            rose risen rises rise rising climbed climbs climb climbing jumped jumps jump jumping grew grown grows grow
            growing gained gains gain gaining increased increases surged surges surging soared soars soaring
            """),
        .french: words("augmenté augmente augmentent progressé progresse progressent grimpé grimpe bondi bondit"),
    ]

    /// Verbs of a change downwards right before a percentage (see `risingVerbs`).
    static let fallingVerbs: [Language: Set<String>] = [
        .english: words("""
            fell fallen falls fall falling dropped drops drop dropping slipped slips slip slid shrank shrunk shrinks
            shrink declined declines decline declining decreased decreases plunged plunges plunging tumbled tumbles
            """),
        .french: words("baissé baisse baissent reculé recule reculent chuté chute diminué diminue"),
    ]

    /// Nouns of a change upwards around a percentage: "a 5% rise in prices", "une hausse de 3 %
    /// des loyers".
    static let risingNouns: [Language: Set<String>] = [
        .english: words("rise increase gain jump growth surge hike"),
        .french: words("hausse augmentation progression croissance"),
    ]

    /// Nouns of a change downwards around a percentage: "a 3.2% drop in farming".
    static let fallingNouns: [Language: Set<String>] = [
        .english: words("drop fall decline decrease slump reduction"),
        .french: words("baisse diminution recul chute"),
    ]

    /// The word between a noun of change and what changes ("a 5% rise in prices"), and in
    /// French between the verb or noun and the percentage ("a augmenté de 3 %", "une hausse de 3 %").
    static let changeLinks: [Language: Set<String>] = [
        .english: words("in of"),
        .french: words("de"),
    ]

    /// Auxiliaries between a change verb and its subject: "shares have risen", "les prix ont augmenté".
    static let changeAuxiliaries: [Language: Set<String>] = [
        .english: words("have has had is are was were been be"),
        .french: words("a ont avait avaient est sont"),
    ]

    /// Subject pronouns: a capitalised one opening a sentence is no owner's name.
    static let subjectPronouns: [Language: Set<String>] = [
        .english: words("i you he she it we they there this that these those"),
        .french: words("je tu il elle on nous vous ils elles ce cela ceci"),
    ]

    /// Possessive determiners: a figure right after one counts what its owner has ("her
    /// 124,000 followers", "ses 200 millions de neurones").
    static let possessives: [Language: Set<String>] = [
        .english: words("her his its their our my your"),
        .french: words("ses son sa leurs leur nos notre"),
    ]

    /// Counted things that name the same people or objects in news copy, as English lemmas.
    static let sameThings: [Set<String>] = groups("""
        employee staff worker personnel staffer
        troop soldier serviceman servicemember personnel
        job position post
        visitor attendee guest participant
        company firm business enterprise
        vehicle car
        people person individual
        child kid
        physician doctor
        agreement accord deal pact treaty
        apartment flat
        resident inhabitant
        lawmaker legislator
        """)

    /// Events whose patients are people: a bare count of one of these groups ("killed 1,200",
    /// "20 were arrested") counts people. Each word names its `sameEvents` group.
    static let peoplePatients = words("die injure arrest expel evacuate hire")

    /// Whether the `sameEvents` group at an index is one whose patients are people.
    static func countsPeople(_ group: Int) -> Bool {
        sameEvents[group].contains(where: peoplePatients.contains)
    }

    /// Things that say only "people": any count of people may be written so ("approximately 50
    /// people had gathered" / "at least 50 visitors"). Folded heads, both languages.
    static let genericPeople = words("people person individual personne gens")

    /// The counted thing of a count of people, per language (as the figure engine folds heads).
    static let people: [Language: String] = [.english: "people", .french: "personnes"]

    /// Words that make a statement about the future or a possibility: such a figure is projected,
    /// not observed, and never the same quantity as an observed one.
    static let projected: [Language: Set<String>] = [
        .english: words("""
            will would could may might should shall expected expects expect forecast forecasts projected projects projection
            predicted predicts predict plans plan planned planning aims aim target targets goal likely potential potentially
            scenario if
            """),
        .french: words("""
            sera seront serait seraient pourrait pourraient devrait devraient pourra pourront devra devront prévoit prévu prévue
            prévus prévision prévisions projection projections projet objectif vise viser cible risque scénario si
            """),
    ]

    /// Words that say a figure belongs to another entity than the ones before ("another
    /// study in 48 people", "on the other shift").
    static let otherEntity: [Language: Set<String>] = [
        .english: words("another other others separate different rival"),
        .french: words("autre autres différent différente distinct distincte rival rivale"),
    ]

    /// Words right after a figure that make it a count of others or of more than the ones
    /// already counted ("40 other survivors", "12 more bodies", "trois autres blessés").
    static let incrementAfter: [Language: Set<String>] = [
        .english: words("other more additional further extra"),
        .french: words("autres supplémentaires"),
    ]

    /// Words before a figure that place it in an earlier instance ("an earlier raid", "the
    /// previous cycle", "an older simulation").
    static let earlierEntity: [Language: Set<String>] = [
        .english: words("earlier previous prior older former preceding"),
        .french: words("précédent précédente précédents précédentes ancien ancienne antérieur antérieure"),
    ]

    /// Words after a figure that make it a rate per item or per period ("$9.99 a month",
    /// "three per household", "each"): a distributive quantity, not a total.
    static let distributive: [Language: Set<String>] = [
        .english: words("per each apiece every a an /"),
        .french: words("par chacun chacune chaque /"),
    ]

    /// Words after a figure that count it per period or item ("$9.99 a month", "1.8 enfant par
    /// femme", "barrels per day"); the rate is the word that follows.
    static let rateCues: [Language: Set<String>] = [
        .english: words("per a an every /"),
        .french: words("par chaque /"),
    ]

    /// Periods a rate is counted per ("a day", "par jour"), by the nouns that name them in
    /// either language.
    static let periods = table("""
        day: day days jour jours journée journées
        week: week weeks semaine semaines
        month: month months mois
        year: year years annum an ans année années
        hour: hour hours heure heures
        """)

    /// Words before a single period that a count is made within ("in a single day", "en une
    /// journée", "within 24 hours"); `withinFillers` may stand between.
    static let withinCues: Set<String> = ["in", "within", "en"]
    /// See `withinCues`.
    static let withinFillers: Set<String> = ["a", "an", "one", "single", "un", "une", "seule", "seul", "just", "only", "seulement"]

    /// Adjectives that make a figure's noun a rate ("5 000 messages quotidiens", "daily visits").
    static let rateAdjectives = table("""
        day: daily quotidien quotidienne quotidiens quotidiennes journalier journalière journaliers journalières
        week: weekly hebdomadaire hebdomadaires
        month: monthly mensuel mensuelle mensuels mensuelles
        year: yearly annual annuel annuelle annuels annuelles
        hour: hourly
        """)

    /// A "name: word word…" table as a map from each (folded) word to its line's name.
    static func table(_ text: String) -> [String: String] {
        var map: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            for word in words(String(parts[1])) { map[word] = String(parts[0]).trimmingCharacters(in: .whitespaces) }
        }
        return map
    }

    /// Words that open a relative clause after a figure: what follows is another statement.
    static let relatives: [Language: Set<String>] = [
        .english: words("where who which that whose whom"),
        .french: words("où qui que dont lesquels lesquelles"),
    ]

    /// Words right after a figure with no noun that take it from a whole ("eight of the 10
    /// questions", "15 des 57 revues", "trois d’entre eux").
    static let partOf: [Language: Set<String>] = [
        .english: words("of out"),
        .french: words("des de d sur parmi"),
    ]

    /// A word two after a figure that makes its years a person's age ("73 years old").
    static let ageAfter: [Language: Set<String>] = [
        .english: words("old"),
        .french: words("révolus"),
    ]

    /// Words just before a figure that make it a person's age ("aged 73", "at age 70", "âgée de 34 ans").
    static let ageBefore: [Language: Set<String>] = [
        .english: words("aged age"),
        .french: words("âgé âgée âgés âgées âge"),
    ]

    /// Words shortly before a figure that make it a share of each ("each giving $2,800").
    static let eachBefore: [Language: Set<String>] = [
        .english: words("each apiece"),
        .french: words("chacun chacune"),
    ]

    /// Words just before a figure that introduce it as the whole others are taken from ("ten
    /// of the 18", "out of a total of 80", "six sur dix").
    static let partitive: [Language: Set<String>] = [
        .english: words("of total among"),
        .french: words("sur parmi total"),
    ]

    /// Words just before a figure that make it a part of a group already named ("all four
    /// states", "the remaining three", "tous les trois").
    static let groupOpeners: [Language: Set<String>] = [
        .english: words("all both remaining"),
        .french: words("tous toutes restants restantes"),
    ]

    /// Words that tie a figure to an entity named just before it ("a study *in* 15 people").
    static let attributeLinks: [Language: Set<String>] = [
        .english: words("in with among involving"),
        .french: words("auprès parmi avec"),
    ]

    /// Indefinite determiners: the entity is one of several like it.
    static let indefinites: [Language: Set<String>] = [
        .english: words("a an one another each"),
        .french: words("un une autre chaque"),
    ]

    /// Auxiliaries after a bare figure that make it the subject ("50 were expelled").
    static let auxiliaries: [Language: Set<String>] = [
        .english: words("were was are is have had has been will would could"),
        .french: words("ont sont étaient avaient auraient seraient seront"),
    ]

    /// Prepositions that introduce a place ("in Pennsylvania", "à Lyon").
    /// Conjunctions that join two counted nouns into one count ("streets and squares").
    static let conjunctions: [Language: Set<String>] = [
        .english: words("and or"),
        .french: words("et ou"),
    ]

    /// Nouns of a settlement or an area whose name follows "of" / "de": "the Spanish city of
    /// Valencia", "la ville de Lyon", "the state of Ohio".
    static let placeNouns: [Language: Set<String>] = [
        .english: words("city town village province state region county district capital island port"),
        .french: words("ville commune village région province département capitale île port"),
    ]

    static let placePrepositions: [Language: Set<String>] = [
        .english: words("in at from across throughout inside near outside"),
        .french: words("en à au aux dans depuis près"),
    ]

    /// Capitalised words that are not names (sentence openers, months, days).
    static let notNames: [Language: Set<String>] = [
        .english: words("""
            the a an this that these those it its in on at for from of and but or as by with since after before when while
            january february march april may june july august september october november december
            monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr
            """),
        .french: words("""
            le la les un une des ce cet cette ces il elle en à au aux dans de du et mais ou pour par avec depuis après avant
            janvier février mars avril mai juin juillet août septembre octobre novembre décembre
            lundi mardi mercredi jeudi vendredi samedi dimanche m mme
            """),
    ]

    /// The words of a list, folded as tokens are (lower case, no diacritics).
    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: \.isWhitespace).map { Tokenizer.tokens(in: String($0)).map(\.key).joined() })
    }

    static func groups(_ table: String) -> [Set<String>] {
        table.split(whereSeparator: \.isNewline).map { words(String($0)) }.filter { !$0.isEmpty }
    }

    /// Whether two folded words are in one group of a table.
    static func grouped(_ a: String, _ b: String, in table: [Set<String>]) -> Bool {
        table.contains { $0.contains(a) && $0.contains(b) }
    }

    /// Whether a counted-noun head (folded, singular or plural, either language) is a unit or
    /// measure — what the matcher and the draft rule both ask.
    static func isMeasure(_ head: String) -> Bool {
        allMeasures.contains(head) || head.hasSuffix("s") && allMeasures.contains(String(head.dropLast()))
    }

    private static let allMeasures = measures.values.reduce(into: Set<String>()) { $0.formUnion($1) }

    /// The list for a language (English when it has none).
    static func list(_ table: [Language: Set<String>], _ language: Language) -> Set<String> {
        table[language] ?? table[.english] ?? []
    }
}
