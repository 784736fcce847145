/// Word lists for claim finding. Data, not logic.
enum ClaimWords {
    /// Paragraphs that begin with these (lower case) are page furniture, not article text,
    /// even in a plain-text draft where no HTML tells so.
    static let boilerplatePrefixes: [String] = [
        "read also", "read more", "see also", "related:", "related articles", "related stories", "more on this",
        "about the author", "about us", "scroll to top", "back to top", "share this", "share on", "subscribe",
        "sign up", "advertisement", "sponsored", "follow us", "comments", "leave a comment", "tags:", "filed under",
        "à lire aussi", "a lire aussi", "lire aussi", "lire plus", "voir aussi", "sur le même sujet", "publicité",
        "partager", "abonnez-vous", "inscrivez-vous", "retour en haut", "à propos de l'auteur", "commentaires",
        "il vous reste", "get in-depth reporting",
    ]

    /// Words before a quotation that make it a title, not a quote ("the book “…”").
    static let titleCues: Set<String> = [
        "book", "books", "novel", "film", "movie", "documentary", "article", "essay", "report", "titled", "entitled",
        "called", "named", "series", "album", "song", "show", "programme", "program", "play", "campaign", "operation",
        "livre", "roman", "ouvrage", "documentaire", "intitulé", "intitulée", "baptisé", "baptisée", "opération",
        "rapport", "émission", "série",
    ]

    /// First words of a sentence that point back at the previous one ("This was stated…").
    static let anaphoricOpenings: Set<String> = [
        "this", "that", "these", "those", "it", "such", "cela", "ceci", "ce", "c'est", "c’est", "ces", "ça",
    ]

    /// The least number of words a quotation needs to be a quote worth finding in a source;
    /// shorter ones (“diplomats”, “tender”) are scare quotes or terms.
    static let minimumQuoteWords = 3

    /// Counted nouns (singular lemmas) that make a figure a duration, an age or a measure in
    /// passing, not a figure to source: "for five years", "32 ans", "three months".
    static let incidentalHeads: Set<String> = [
        "year", "month", "week", "day", "hour", "minute", "second", "time", "page", "episode", "chapter", "decade",
        "century", "an", "année", "mois", "semaine", "jour", "heure", "seconde", "fois", "siècle", "décennie",
        "épisode", "chapitre", "goal", "game", "match", "assist", "save", "shot", "inning", "lap", "touchdown",
        "wicket", "but", "km", "kilometre", "kilometer", "kilomètre", "mile", "metre", "meter", "mètre", "inch",
    ]

    /// Words of market reports: a sentence with one of `marketNouns` and one of `marketMoves`
    /// ("U.S. crude fell 3.38% to $55.12", "le CAC 40 recule de 0,5 %") reports prices that are
    /// public record, not a claim to source.
    static let marketNouns: Set<String> = [
        "index", "indexes", "indices", "stocks", "shares", "crude", "brent", "bond", "bonds", "yield", "yields",
        "futures", "dollar", "yen", "copper", "gold", "aluminum", "aluminium", "nasdaq", "dow", "s&p", "stoxx", "msci",
        "nikkei", "ftse", "dax", "treasury", "treasuries", "bitcoin", "indice", "bourse", "cac", "actions", "obligations",
        "pétrole", "baril",
    ]

    /// Verbs of a market move (see `marketNouns`).
    static let marketMoves: Set<String> = [
        "rose", "fell", "gained", "lost", "climbed", "slipped", "dropped", "edged", "jumped", "tumbled", "declined",
        "rallied", "slid", "eased", "firmed", "dipped", "surged", "plunged", "advanced", "retreated", "recule",
        "progresse", "gagne", "perd", "cède", "grimpe", "chute", "baisse", "monte", "reculé", "progressé", "gagné",
        "perdu", "cédé", "grimpé", "chuté",
    ]

    /// Words of a quoted market price: with one of `marketNouns` ("Bitcoin's current value
    /// around $30,000", "le baril cote 80 dollars"), a price that is public record.
    static let marketQuotes: Set<String> = [
        "value", "price", "priced", "trading", "traded", "trades", "quoted", "cours", "cote", "coté", "valeur",
    ]

    /// Modals of a hypothesis or a projection: a figure in "would cost $2,000", "could face up to
    /// 10 years", "pourrait atteindre 3 %" states no fact to check.
    static let hypotheticalModals: Set<String> = [
        "would", "could", "might", "may", "pourrait", "pourraient", "devrait", "devraient",
    ]

    /// Counted nouns (singular lemmas) of a toll: a small count of them is consequential.
    static let tollHeads: Set<String> = [
        "dead", "death", "killed", "victim", "casualty", "injured", "wounded", "fatality", "hostage", "mort", "décès",
        "victime", "blessé", "otage", "tué", "disparu", "missing", "arrest", "arrested", "interpellation",
    ]

    /// Words right before a sum that make it a price on offer, product or ad detail ("priced at
    /// $399", "for only N$85 a month", "au prix de 12 euros"), not a claim to source.
    static let priceCues: [String] = [
        "priced at", "a price of", "retails for", "retail for", "sells for", "sell for", "on sale for", "for only", "for just",
        "from just", "from only", "costs just", "costs only", "au prix de", "pour seulement", "pour seulement de",
        "vendu", "vendue", "vendus", "affiché à", "affichée à",
    ]

    /// Rates of pay or spending per period after a sum ("$35 an hour", "€1,800 par mois").
    static let perPeriod: [String] = [
        "an hour", "a month", "a week", "a year", "a day", "per hour", "per month", "per week", "per year", "per day",
        "de l'heure", "par mois", "par semaine", "par an", "par jour", "l'heure",
    ]

    /// Openings of a sentence whose subject is one private person the story follows: "She …",
    /// "Her husband …", "Il …", "Sa mère …" (with `perPeriod` or a share "of that", a detail of
    /// that person's life told to the reporter, not a figure to source).
    static let personalSubjects: Set<String> = [
        "she", "he", "her", "his", "their", "elle", "il", "sa", "son", "ses", "leur",
    ]

    /// Determiners that make the figure after them given information: "the 15% tariffs", "these
    /// 300 jobs", "les 40 000 foyers".
    static let definiteDeterminers: Set<String> = [
        "the", "these", "those", "its", "their", "his", "her", "our", "all", "both", "le", "la", "les", "ces", "l'", "sa",
        "son", "ses", "leur", "leurs", "tous", "toutes",
    ]

    /// Adjectives between a definite determiner and its figure that keep it definite: "the
    /// current $154,000", "the remaining 20 hostages", "les quelque 300 salariés".
    static let definiteModifiers: Set<String> = [
        "current", "remaining", "other", "same", "original", "existing", "previous", "former", "first", "last", "next",
        "additional", "initial", "full", "entire", "whole", "total", "quelque", "autres", "premiers", "premières",
        "derniers", "dernières",
    ]

    /// Month and day names, which a number after a capitalised word may belong to or follow
    /// ("March 3", "On Wednesday 14 people died").
    static let calendarNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janvier",
        "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// Sentence openings in the first person singular: the writer's own experience.
    static let firstPersonSingular: Set<String> = ["i", "my", "i'm", "i've", "je", "j", "mon", "ma", "mes"]

    /// Kitchen measures after a number ("4 oz. chicken", "2 tbsp"): a recipe's amounts.
    static let cookingUnits: Set<String> = ["cup", "tsp", "tbsp", "teaspoon", "tablespoon", "oz", "ounce", "pint", "rep", "calorie", "kcal"]

    /// Words before a number that make it a label of a list, ranking or scale ("a top 10", "le
    /// top 5", "a Level 3 risk", "Category 4", "stage 2").
    static let rankingLabels: Set<String> = [
        "top", "no", "no.", "number", "numéro", "n°", "level", "category", "grade", "stage", "phase", "tier", "season",
        "episode", "chapter", "section", "article", "page", "room", "gate", "route", "highway", "interstate", "flight",
        "niveau", "catégorie", "saison", "épisode", "chapitre", "vol", "vol.", "model", "version", "modèle",
    ]

    /// Marks of an era after a number: "500 BC", "AD 79" — a year.
    static let eraMarks: Set<String> = ["bc", "bce", "ad", "ce", "b.c", "a.d", "av", "apr"]

    /// Words of an offer around a sum: "Save $31", "saving $250"; "$10 off", "$50 cheaper".
    static let offerBefore: Set<String> = ["save", "saves", "saving", "économisez", "remise", "réduction"]
    /// See `offerBefore`.
    static let offerAfter: Set<String> = ["off", "cheaper", "discount", "rebate", "de réduction", "de remise", "moins"]

    /// Units of a product's specifications ("71 kWh", "355 horsepower", "512GB", "38 dBa",
    /// "162 frames per second"): spec-sheet detail, not a claim to source.
    static let specUnits: Set<String> = [
        "kwh", "kw", "hp", "horsepower", "ft", "lb-ft", "frame", "fps", "dba", "db", "decibel", "ghz", "mhz", "hz",
        "gb", "tb", "mb", "megapixel", "mp", "mah", "watt", "volt", "nit", "rpm", "pixel", "ch", "cv", "go", "nm", "bit",
    ]

    /// Ordinals before "half" that make it a half of a match: "in the first half".
    static let matchHalves: Set<String> = ["first", "second", "1st", "2nd", "premier", "première", "seconde", "deuxième"]

    /// Units of an amount after a fraction ("½ cup", "a quarter pound", "un demi-litre"): a
    /// measure, not a share of a group.
    static let amountUnits: Set<String> = [
        "cup", "cups", "tsp", "tbsp", "teaspoon", "tablespoon", "oz", "ounce", "pound", "lb", "kg", "kilo", "g", "litre",
        "liter", "l", "ml", "gallon", "pint", "inch", "mile", "century", "centuries", "dozen", "tasse", "cuillère",
        "litres", "kilos", "livre", "heure", "journée", "siècle", "douzaine",
    ]

    /// Currency words after a figure ("12 euros", "3 million dollars").
    static let currencyWords: [String] = [
        "euro", "euros", "dollar", "dollars", "pound", "pounds", "francs", "franc", "yen", "yuan", "rupees", "roubles",
        "rubles", "eur", "usd", "gbp",
    ]
}
