extension PublisherAliases {
    /// The outlets claimcheck knows without configuration: name, other names, domains.
    ///
    /// Data, not logic: add a row to teach claimcheck an outlet (or add it in
    /// `.claimcheck.yml`). Source pages also teach it their own site name and domain.
    public static let builtInTable: [(name: String, aliases: [String], domains: [String])] = [
        ("Le Monde", ["LeMonde", "Le Monde.fr", "lemonde"], ["lemonde.fr"]),
        ("RFI", ["Radio France Internationale", "Radio France International"], ["rfi.fr"]),
        ("AFP", ["Agence France-Presse", "Agence France Presse", "France-Presse"], ["afp.com"]),
        ("Reuters", ["Thomson Reuters"], ["reuters.com"]),
        ("AP", ["Associated Press", "The Associated Press", "AP News"], ["apnews.com", "ap.org"]),
        ("BBC", ["BBC News", "British Broadcasting Corporation", "BBC World Service"], ["bbc.com", "bbc.co.uk"]),
        ("Le Figaro", ["LeFigaro", "Figaro"], ["lefigaro.fr"]),
        ("Libération", ["Liberation", "Libé"], ["liberation.fr"]),
        ("France 24", ["France24"], ["france24.com"]),
        ("franceinfo", ["France Info", "Franceinfo", "France Télévisions"], ["francetvinfo.fr"]),
        ("Le Parisien", [], ["leparisien.fr"]),
        ("Les Echos", ["Les Échos"], ["lesechos.fr"]),
        ("L'Express", ["L’Express", "LExpress"], ["lexpress.fr"]),
        ("Le Point", [], ["lepoint.fr"]),
        ("Mediapart", [], ["mediapart.fr"]),
        ("Ouest-France", ["Ouest France"], ["ouest-france.fr"]),
        ("L'Obs", ["Le Nouvel Observateur", "Nouvel Obs"], ["nouvelobs.com"]),
        ("Euronews", [], ["euronews.com"]),
        ("Deutsche Welle", ["DW"], ["dw.com"]),
        ("The Guardian", ["Guardian"], ["theguardian.com"]),
        ("The New York Times", ["New York Times", "NYT", "NYTimes"], ["nytimes.com"]),
        ("The Washington Post", ["Washington Post", "WaPo"], ["washingtonpost.com"]),
        ("The Wall Street Journal", ["Wall Street Journal", "WSJ"], ["wsj.com"]),
        ("Financial Times", ["FT"], ["ft.com"]),
        ("CNN", [], ["cnn.com"]),
        ("Politico", ["Politico Europe"], ["politico.com", "politico.eu"]),
        ("Al Jazeera", [], ["aljazeera.com"]),
        ("Bloomberg", [], ["bloomberg.com"]),
        ("The Economist", ["Economist"], ["economist.com"]),
        ("Kyiv Independent", ["The Kyiv Independent"], ["kyivindependent.com"]),
        ("Meduza", [], ["meduza.io"]),
        ("TASS", [], ["tass.com", "tass.ru"]),
        ("RIA Novosti", ["RIA"], ["ria.ru"]),
        ("Change.org", [], ["change.org"]),
        // Institutions that publish their own reports and press releases.
        (
            "Ministère de l'Intérieur",
            ["French Interior Ministry", "Interior Ministry", "French Ministry of the Interior", "ministère de l’Intérieur", "Place Beauvau"],
            ["interieur.gouv.fr"]
        ),
        (
            "Ministère de l'Europe et des Affaires étrangères",
            ["French Foreign Ministry", "Quai d'Orsay", "Quai d’Orsay", "French Ministry of Foreign Affairs", "ministère des Affaires étrangères"],
            ["diplomatie.gouv.fr"]
        ),
    ]

    /// The built-in table as aliases.
    public static let builtIn: PublisherAliases = {
        var aliases = PublisherAliases()
        for row in builtInTable { aliases.add(row.name, aliases: row.aliases, domains: row.domains) }
        return aliases
    }()
}
