/// French word lists: the data the figure engine reads. Extend here, not in the parsers.
///
/// Same format as `EnglishWords`. Keys are folded (no accents) when loaded, so either
/// spelling matches.
enum FrenchWords {
    static let units = "zéro=0 un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9"
    static let teens = "dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16"
    static let tens =
        "vingt=20 vingts=20 trente=30 quarante=40 cinquante=50 soixante=60 septante=70 huitante=80 octante=80 nonante=90"
    static let hundreds = "cent=100 cents=100"
    static let scales = """
        mille=1e3 mil=1e3 million=1e6 millions=1e6 milliard=1e9 milliards=1e9 billion=1e12 billions=1e12
        trillion=1e18 trillions=1e18 lakh=1e5 lakhs=1e5 crore=1e7 crores=1e7
        """
    static let scaleSuffixes = "k=1e3 K=1e3 Md=1e9 Mds=1e9 Mrd=1e9 md=1e9"
    static let dozens = "douzaine=12 douzaines=12"
    static let ordinals = """
        premier=1 premiere=1 premiers=1 premieres=1 unieme=1 second=2 seconde=2 deuxieme=2 troisieme=3 quatrieme=4
        cinquieme=5 sixieme=6 septieme=7 huitieme=8 neuvieme=9 dixieme=10 dizieme=10 onzieme=11 douzieme=12
        treizieme=13 quatorzieme=14 quinzieme=15 seizieme=16 vingtieme=20 trentieme=30 quarantieme=40
        cinquantieme=50 soixantieme=60 septantieme=70 huitantieme=80 octantieme=80 nonantieme=90 centieme=100
        millieme=1e3 millionieme=1e6 milliardieme=1e9 billionieme=1e12 trillionieme=1e18
        """
    static let denominators = "demi=2 demie=2 demis=2 tiers=3 quart=4 quarts=4"
    static let ordinalSuffixes = "e eme er ere re nd nde d de eme ème"
    static let articles = "un une"
    static let negatives = "moins négatif négative"
    static let fractionWords = "sur"
    static let decimalPoint = "virgule"
    /// The word of a ratio "N sur M" (read as the fraction N/M when N < M).
    static let ratioWords = "sur"
    /// Words a count's noun phrase skips right after the figure (see `Lexicon.countDeterminers`).
    static let countDeterminers = "autres"
    /// Partitive links between a count and its noun, as `a | b` phrases of tokens ("d'" as "d").
    static let partitiveOf = "des | d entre les"
    static let connector = "et"

    /// Ranks relative to the current or the last item (see `EnglishWords.relativeOrdinals`).
    static let relativeOrdinals = """
        celui d'avant le dernier=end-1 | celle d'avant la dernière=end-1 | l'avant - dernier=end-1
        | l'avant - dernière=end-1 | avant - dernier=end-1 | avant - dernière=end-1 | avant - derniers=end-1
        | avant - dernières=end-1 | pénultième=end-1 | antépénultième=end-2 | l'actuel un=current+0
        | prochain{,e,s,es}=current+1 | suivant{,e,s,es}=current+1 | précédent{,e,s,es}=current-1
        | dernier{,s}=end+0 | dernière{,s}=end+0
        """
    static let prefixHedges = """
        approximate: environ | quelque | quelques | approximativement | à peu près | autour de | autour d' | aux alentours de | aux alentours d' | dans les | grosso modo | ~ | env . | de l'ordre de | de l'ordre d' | un peu plus ou moins de | estimé à | estimés à | estimées à | estimée à | près d'environ
        nearly: près de | près d' | presque | pas loin de | pas loin d' | quasiment | à peine moins de | à peine moins d'
        atMost: jusqu'à | jusqu'a | au plus | au maximum | tout au plus | pas plus de | pas plus d' | au max | < = | ≤ | inférieur{,e,s,es} ou éga{l,le,ux,les} à | éga{l,le,ux,les} ou inférieur{,e,s,es} à | au plus égal à
        atMostOpen: moins de | moins d' | inférieur{,e,s,es} à | en dessous de | en deçà de | < | sous la barre de | sous la barre des
        atLeast: au moins | pas moins de | pas moins d' | au minimum | au moins de | au moins d' | au moins ou égal à | > = | ≥ | supérieur{,e,s,es} ou éga{l,le,ux,les} à | éga{l,le,ux,les} ou supérieur{,e,s,es} à | à partir de | à partir d'
        atLeastOpen: plus de | plus d' | au-delà de | au-delà d' | au delà de | supérieur{,e,s,es} à | > | plus que | bien plus de | {dépassé,dépasse,dépassent,dépassant,dépasser,dépassait,dépassaient} | {excède,excèdent,excédé} | plus âgé que | plus âgée que | plus âgés que
        exact: exactement | précisément | éga{l,le,ux,les} à | pile
        """
    static let postfixHedges = """
        approximate: environ | à peu près | ou presque
        atMost: ou moins | au plus | au maximum | ou moins que
        atLeast: ou plus | et plus | au moins | au minimum | ou davantage | ou plus que | +
        closeBound: ou égal | ou égal à
        """
    static let rangeJoiners = "à | a | au | - | – | ~ | et"
    static let rangeOpeners = "entre=et | de=à | de=a | d'=à | d'=a | de=- | de=–"
    static let vague = """
        plusieurs=3,9 | quelques=2,9 | une poignée de=2,9 | une poignée d'=2,9 | de nombreux=10, | de nombreuses=10,
        | nombreux=10, | nombreuses=10, | beaucoup de=10, | beaucoup d'=10, | d'innombrables=100, | des dizaines=20,99
        | des douzaines=24,99 | des vingtaines=40,99 | des centaines=200,999 | des milliers=2000,9999 | des millions=2000000,999999999
        | des milliards=2000000000,999999999999 | des dizaines de milliers=20000,99999 | des centaines de milliers=200000,999999
        | des dizaines de millions=20000000,99999999 | des centaines de millions=200000000,999999999
        | quelques dizaines=20,99 | quelques centaines=200,999 | quelques milliers=2000,9999 | plusieurs dizaines=20,99
        | plusieurs centaines=200,999 | plusieurs milliers=2000,9999 | plusieurs millions=2000000,999999999
        """
    /// Approximate collective nouns ("une cinquantaine" = about fifty).
    static let approximateNouns = """
        dizaine=10 dizaines=10 douzaine=12 quinzaine=15 quinzaines=15 vingtaine=20 vingtaines=20 trentaine=30 trentaines=30
        quarantaine=40 cinquantaine=50 soixantaine=60 centaine=100 centaines=100 millier=1000 milliers=1000
        """
    static let countNouns = "une demi-douzaine=6 | une demi douzaine=6 | une paire de=2 | une paire d'=2"
    static let percentWords =
        "pour cent | pour-cent | pourcent | pourcents | pourcentage | pourcentages | % | points de pourcentage | point de pourcentage"
    static let percentPrefixes =
        "pourcentage de | pourcentage des | pourcent de | pourcent des | pour cent de | pour cent des"

    static let months = """
        janvier=1 janv=1 février=2 fevrier=2 févr=2 fév=2 mars=3 avril=4 avr=4 mai=5 juin=6 juillet=7 juil=7 août=8 aout=8
        septembre=9 sept=9 octobre=10 oct=10 novembre=11 nov=11 décembre=12 dec=12 déc=12
        """
    static let dateCues = """
        en depuis dès jusqu'en avant après de fin début mi année an courant entre à au vers dans durant pendant
        """
    static let relativeTimes = """
        à l'époque | à cette époque | à ce moment-là | à ce moment là | récemment | hier | avant-hier | aujourd'hui | ce soir
        | cette nuit | la semaine dernière | le mois dernier | l'an dernier | l'année dernière | l'an passé | l'année passée
        | cette semaine | ce mois-ci | cette année | la semaine prochaine | le mois prochain | l'an prochain | l'année prochaine
        | plus tôt cette année | la veille | le lendemain | il y a quelques jours | il y a quelques semaines | il y a quelques mois
        | il y a quelques années | ces derniers jours | ces dernières semaines | ces derniers mois | ces dernières années
        | actuellement | de nos jours | dernièrement | l'autre jour | ce week-end | le week-end dernier
        """
    static let timeUnits =
        "seconde secondes minute minutes heure heures jour jours semaine semaines mois an ans année années décennie décennies"
    static let ago = "il y a"

    static let stopWords = """
        le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces c il elle ils
        elles on nous vous je j tu se s sa son ses leur leurs lui y en ne n pas plus moins est sont était étaient été être a
        ont avait avaient avoir sera seront fait selon dans par pour sur sous avec sans chez entre vers depuis pendant avant
        après contre parmi environ presque près très aussi encore déjà ainsi comme si quand tout tous toute toutes autre autres
        même mêmes fut furent ait aient soit sont n'ont lundi mardi mercredi jeudi vendredi samedi dimanche hier
        aujourd'hui demain
        """
    static let auxiliaries =
        "a ont avait avaient aura auront eu été est sont était étaient sera seront fut furent ai as avons avez être avoir soit"
    static let oneDeterminers = "l le la chaque aucun aucune"
    static let oneFollowers = "de d des du"

    /// Verbs: `infinitive>key` with the English key, `/participle` for irregular participles.
    /// Regular -er and -ir forms are generated.
    static let verbs = """
        expulser>expel renvoyer>expel arrêter>arrest interpeller>arrest tuer>kill mourir/mort>die décéder>die blesser>injure
        détenir/détenu>detain identifier>identify déporter>deport évacuer>evacuate déplacer>displace embaucher>hire
        recruter>recruit licencier>dismiss condamner>sentence inculper>charge employer>employ vendre/vendu>sell
        acheter>buy lever>raise réduire/réduit>cut perdre/perdu>lose gagner>win dépenser>spend recevoir/reçu>receive
        payer>pay signaler>report découvrir/découvert>discover libérer>release relâcher>release sauver>rescue
        secourir/secouru>rescue attaquer>attack détruire/détruit>destroy construire/construit>build ouvrir/ouvert>open
        fermer>close exposer>expose envoyer>send déployer>deploy fuir/fui>flee quitter>leave voter>vote élire/élu>elect
        compter>count enregistrer>record recenser>count infecter>infect vacciner>vaccinate tester>test hospitaliser>hospitalize
        soupçonner>suspect accuser>accuse poursuivre/poursuivi>prosecute emprisonner>imprison incarcérer>jail exécuter>execute
        bombarder>bomb abattre/abattu>shoot capturer>capture saisir>seize interdire/interdit>ban approuver>approve
        rejeter>reject augmenter>increase diminuer>decrease atteindre/atteint>reach dépasser>exceed estimer>estimate
        enquêter>investigate interroger>question rencontrer>meet visiter>visit manifester>protest signer>sign
        sanctionner>sanction annoncer>announce confirmer>confirm accueillir/accueilli>welcome héberger>house
        prendre/pris>take donner>give faire/fait>make tenir/tenu>hold trouver>find voir/vu>see dire/dit>say
        démanteler>dismantle exfiltrer>exfiltrate neutraliser>neutralize chasser>expel bannir>ban produire/produit>produce
        supprimer>cut représenter>represent abriter>house comprendre/compris>include mettre/mis>put promettre/promis>promise permettre/permis>allow
        admettre/admis>admit commettre/commis>commit soumettre/soumis>submit apprendre/appris>learn
        surprendre/surpris>surprise reprendre/repris>resume inscrire/inscrit>register écrire/écrit>write
        décrire/décrit>describe conduire/conduit>lead naître/né>bear venir/venu>come devenir/devenu>become
        obtenir/obtenu>obtain retenir/retenu>retain maintenir/maintenu>maintain offrir/offert>offer
        souffrir/souffert>suffer couvrir/couvert>cover vivre/vécu>live survivre/survécu>survive battre/battu>beat
        rendre/rendu>return attendre/attendu>expect entendre/entendu>hear répondre/répondu>answer
        suspendre/suspendu>suspend sortir/sorti>leave courir/couru>run lire/lu>read
        """
    static let irregularPlurals = """
        yeux=œil travaux=travail bureaux=bureau jeux=jeu pays=pays fois=fois prix=prix mois=mois temps=temps corps=corps
        bras=bras voix=voix choix=choix fils=fils gens=gens
        """
    static let abbreviations = """
        m mm mme mmes mlle mlles dr pr me mgr st ste av bd p pp env cf janv fevr fev avr juil oct nov dec no n°
        """
}
