extension BilingualPhrases {
    /// Multi-word terms of news copy, one concept per line: `english phrases<TAB>french phrases`,
    /// phrases separated by commas, words by spaces. A phrase is matched on the stems of its
    /// content words (stop words such as "de", "d'", "of" are skipped on both sides), so
    /// plurals and elisions do not count. A single word may stand on one side
    /// ("charged" / "mis en examen"). Lines starting with `#` are comments.
    static let builtInTable = """
        polling station, polling place, voting station	bureau de vote
        hospital bed	lit d'hôpital, lit d'hospitalisation
        intensive care, intensive care unit	soins intensifs, réanimation
        charged, indicted	mis en examen, mise en examen
        police custody, held for questioning	garde à vue
        arrest warrant	mandat d'arrêt
        prime minister	premier ministre
        interior ministry, interior minister, home office	ministère de l'intérieur, ministre de l'intérieur
        foreign ministry, foreign minister	ministère des affaires étrangères, ministre des affaires étrangères
        city hall, town hall	hôtel de ville, mairie
        high school	lycée
        middle school	collège
        primary school, elementary school	école primaire, école élémentaire
        unemployment rate	taux de chômage
        minimum wage	salaire minimum, smic
        public transport, public transit	transports en commun, transport public
        power cut, power outage, blackout, without power, without electricity	coupure de courant, coupure d'électricité, privé d'électricité, sans électricité
        climate change	changement climatique, dérèglement climatique
        greenhouse gas	gaz à effet de serre
        sea level	niveau de la mer
        death toll	bilan humain, nombre de morts
        press conference	conférence de presse
        annual report	rapport annuel
        general election	élections générales, élections législatives
        """
}
