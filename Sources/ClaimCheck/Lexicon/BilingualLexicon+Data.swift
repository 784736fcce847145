extension BilingualLexicon {
    /// The built-in news vocabulary: `english forms<TAB>french forms`, one concept a row.
    ///
    /// Add a row to teach claimcheck a concept; every form must be a single word (no spaces,
    /// hyphens or apostrophes). Capitalisation and accents do not matter.
    public static let builtInTable = """
        expel, expelled, expulsion, deport, deportation	expulser, expulsion, expulsions, expulse, renvoyer, renvoi
        spy, spies, espionage, spying	espion, espionne, espionnage, espionner
        diplomat, diplomatic, diplomacy	diplomate, diplomatique, diplomatie
        home, house, housing, dwelling, residence	logement, domicile, maison, habitation, résidence
        household, households	foyer, foyers, ménage, ménages
        lose, lost, loses, losing, deprive, deprived	perdre, perdu, perdue, perdus, perdent, priver
        die, died, dies, death, dead, deaths, perish, perished	mort, morts, morte, mortes, décès, mourir, décédé, meurt, meurent, périr, péri, péris, périssent
        kill, killed, killing	tuer, tué, tués, tuée, tuées, tue, tuent
        arrest, arrested, detain, detained, detention	arrêter, arrêté, arrestation, interpeller, interpellé, interpellation, détenir, détenu, détention
        minister	ministre
        ministry	ministère
        interior	intérieur
        police, policeman, policemen, officer, officers	police, policier, policiers, gendarme
        government	gouvernement
        war	guerre
        invasion, invade	invasion, envahir
        embassy	ambassade
        ambassador	ambassadeur
        intelligence	renseignement, renseignements, intelligence
        agent	agent
        student	étudiant, étudiante, élève
        engineer	ingénieur
        company, firm, business	entreprise, société, firme, compagnie
        petition	pétition
        interview	entretien, interview
        journalist, reporter	journaliste, reporter
        country	pays
        state	état
        president, presidential	président, présidentiel, présidentielle
        election, elections	élection, scrutin
        vote, voter, voters	vote, voter, électeur
        law	loi
        court, tribunal	tribunal, cour
        judge	juge
        trial	procès
        prison, jail	prison
        year	an, année
        month	mois
        day	jour, journée
        week	semaine
        people	personnes, gens, peuple
        person	personne
        child, children	enfant
        woman, women	femme
        man, men	homme
        victim	victime
        soldier, troops	soldat, troupe
        army	armée
        military	militaire
        attack	attaque, attentat
        bomb	bombe
        weapon, arms	arme
        missile	missile
        border	frontière
        refugee	réfugié
        migrant	migrant
        city, town	ville
        village	village, commune
        region, regional	région, régional, régionale
        capital	capitale
        russia, russian	russie, russe
        france, french	france, français, française
        ukraine, ukrainian	ukraine, ukrainien, ukrainienne
        germany, german	allemagne, allemand, allemande
        britain, british	britannique
        america, american	amérique, américain, américaine
        europe, european	europe, européen, européenne
        china, chinese	chine, chinois, chinoise
        spain, spanish	espagne, espagnol, espagnole
        italy, italian	italie, italien, italienne
        poland, polish	pologne, polonais, polonaise
        belgium, belgian	belgique, belge
        switzerland, swiss	suisse
        england, english	angleterre, anglais, anglaise
        moscow	moscou
        london	londres
        brussels	bruxelles
        kyiv, kiev	kiev, kyiv
        beijing	pékin
        foreign	étranger, étrangère
        affairs	affaires
        official, officials	responsable, fonctionnaire, officiel
        announce, announcement	annoncer, annonce
        report	rapport
        investigation, inquiry, probe	enquête, investigation
        accuse, accusation	accuser, accusation
        suspect, suspected	suspect, soupçonner, soupçonné
        crime	crime
        threat, threaten	menace, menacer
        security	sécurité
        defence, defense	défense
        sanction	sanction
        agreement, deal, treaty	accord, traité
        negotiation, talks	négociation, pourparlers
        peace	paix
        protest, demonstration	manifestation, protestation, manifester
        demonstrator, protester	manifestant
        strike	grève
        worker, employee	travailleur, salarié, employé, ouvrier
        job, employment	emploi
        unemployment	chômage
        money	argent
        price	prix
        cost	coût
        tax	impôt, taxe
        budget	budget
        debt	dette
        economy, economic	économie, économique
        growth	croissance
        inflation	inflation
        bank	banque
        market	marché
        trade	commerce
        export	exporter, exportation
        import	importer, importation
        oil	pétrole
        gas	gaz
        energy	énergie
        electricity	électricité
        water	eau
        food	nourriture, alimentation
        health	santé
        hospital	hôpital
        doctor	médecin
        disease, illness	maladie
        vaccine	vaccin
        school	école
        university	université
        teacher	enseignant, professeur
        research, researcher	recherche, chercheur
        study	étude
        analysis, analytical, analyse, analyze	analyse, analytique, analyser
        scientist	scientifique
        technology	technologie
        data	données
        computer	ordinateur
        network	réseau
        website, site	site
        newspaper, daily	journal, quotidien
        media	médias
        television	télévision
        radio	radio
        news	actualité, nouvelles
        statement, communique	communiqué, déclaration
        press	presse
        party	parti
        opposition	opposition
        parliament	parlement
        lawmaker, deputy	député
        senator	sénateur
        mayor	maire
        leader	dirigeant, chef
        citizen	citoyen
        population	population
        inhabitant, resident	habitant
        family	famille
        wife	épouse
        husband	mari, époux
        son	fils
        daughter	fille
        friend	ami
        member	membre
        group	groupe
        organisation, organization	organisation
        union	syndicat
        church	église
        right, rights	droit, droits
        freedom	liberté
        human	humain
        dissident	dissident
        critic	critique
        activist	militant, activiste
        opponent	opposant
        support	soutien, soutenir
        help, aid	aide, aider
        flee, fled	fuir, fui, fuite
        leave, left	quitter, partir
        return	retour, revenir, rentrer
        live, lived	vivre, habiter
        work	travailler, travail
        meeting, meet	rencontre, rencontrer, réunion
        visit	visite, visiter
        travel, trip	voyage, voyager
        fire	incendie, feu
        flood, flooded, flooding	inondation, inonder, inondé, crue
        earthquake	séisme
        storm	tempête
        accident, crash	accident
        injure, injured, wounded	blessé, blesser, blessure
        missing	disparu, disparaître
        rescue	secours, sauver
        evacuate, evacuation	évacuer, évacuation
        hostage	otage
        terrorist, terrorism	terroriste, terrorisme
        ban, prohibit	interdire, interdiction
        allow, authorise, authorize	autoriser, permettre
        decide, decision	décider, décision
        plan	plan
        project	projet
        increase, rise	hausse, augmentation, augmenter
        double, doubled, doubles, doubling, twice, twofold	doubler, doublé, doublée, doublés, doublent, doublement
        triple, tripled, triples, tripling, thrice, threefold	tripler, triplé, triplée, triplés, triplent, triplement
        decrease, decline, drop	baisse, diminution, diminuer
        number	nombre
        total	total
        million	million
        billion	milliard
        thousand	millier, mille
        hundred	centaine, cent
        dozen	douzaine
        half	moitié
        first	premier, première
        last	dernier, dernière
        new	nouveau, nouvelle, nouveaux
        former	ancien, ancienne
        secret	secret, secrète
        private	privé
        national	national
        international	international
        federal	fédéral
        soviet	soviétique
        nuclear	nucléaire
        hacker	pirate
        identify, identified	identifier, identifié
        reveal	révéler
        confirm	confirmer
        deny	démentir, nier
        launch	lancer
        order	ordonner, ordre
        demand	exiger, demander
        refuse, refusal	refuser, refus
        respond, response, retaliate, retaliation	répondre, réponse, riposter, riposte
        warn, warning	avertir, avertissement
        condemn, condemnation, convict	condamner, condamnation
        pay	payer
        sign	signer
        publish, publication	publier, publication
        estimate	estimer, estimation
        recent	récent
        activity, activities	activité, activités
        status	statut
        january	janvier
        february	février
        march	mars
        april	avril
        may	mai
        june	juin
        july	juillet
        august	août
        september	septembre
        october	octobre
        november	novembre
        december	décembre
        monday	lundi
        tuesday	mardi
        wednesday	mercredi
        thursday	jeudi
        friday	vendredi
        saturday	samedi
        sunday	dimanche
        morning	matin
        night	nuit
        evening	soir
        yesterday	hier
        tomorrow	demain
        consulate	consulat
        consul	consul
        envoy	émissaire, envoyé
        delegation	délégation
        summit	sommet
        conference	conférence
        crisis	crise
        conflict	conflit
        occupation	occupation
        annexation	annexion
        territory	territoire
        independence	indépendance
        regime	régime
        dictator	dictateur
        palace	palais
        headquarters	siège
        office	bureau
        building	bâtiment, immeuble
        street	rue
        road	route
        airport	aéroport
        plane, aircraft	avion
        ship, boat	navire, bateau
        island	île
        sea	mer
        river	fleuve, rivière
        climate	climat
        environment	environnement
        drought	sécheresse
        farmer	agriculteur, paysan
        salary, wage	salaire
        pension	pension
        retirement	retraite
        rent	loyer
        tenant	locataire
        owner	propriétaire
        apartment, flat	appartement
        graduate, graduates, grad, grads	diplômé, diplômés, diplômée, diplômées
        approach, approached	approcher, aborder
        young	jeune, jeunes
        cash	liquide, espèces
        exchange	échange, échanger
        expose, exposed	démasquer, démasqué, exposer
        advertise, advertisement, advert	publicité
        course, lesson, lessons	cours, leçon
        math, maths, mathematics	mathématiques, maths
        offer	proposer, offre, offrir
        high, higher	haut, élevé, fort
        start, beginning, began, begin	début, commencer, commencé
        end, ended	fin, finir, terminer
        service	service
        special	spécial, spéciale, spéciaux
        influence	influence
        propaganda	propagande
        culture, cultural	culture, culturel, culturelle
        spiritual	spirituel, spirituelle
        centre, center	centre
        immunity	immunité
        massacre	massacre
        correspondent	correspondant
        informer, informant	informateur, indic
        closure, close, closing	fermeture, fermer
        dinner, dinners	dîner, dîners
        lunch	déjeuner
        meal	repas
        restaurant	restaurant
        location, place, venue	lieu, endroit
        schedule, scheduled	programmer, programmé, prévu
        consultant	consultant
        contact	contact
        knowledge	connaissance, connaissances
        hire, hired, recruit, recruited	embaucher, embauché, recruter, recruté
        platform	plateforme
        campaign	campagne
        orthodox	orthodoxe
        book	livre, ouvrage
        author	auteur
        cover	couverture
        mission	mission
        team	équipe
        revelation, revelations	révélation, révélations
        effort, attempt	tentative, effort
        decade	décennie
        library, libraries	bibliothèque, médiathèque
        shop, store	magasin, boutique
        passenger	passager, voyageur
        station	gare, station
        bus	bus, autobus
        train	train
        theft, steal, stolen	voler, volé, volés
        """
}
