/// Verbs that say nothing about what a figure counts: reporting verbs ("Police said 84 people
/// were arrested") and light verbs ("a fait trois morts"). A figure whose predicate is one of
/// them is compared as if it had none. Keys as the figure engine gives them (English lemmas
/// for the verbs it knows in both languages), folded. "add" / "ajouter" are not among them:
/// next to a figure they count what was added ("the economy added 88,000 jobs"); as reporting
/// verbs ("he added that …") a clause boundary stands between them and the figure.
enum LightPredicates {
    static let keys: Set<String> = [
        "say", "tell", "report", "announce", "state", "declare", "indicate", "claim", "confirm",
        "write", "explain", "note", "specify", "assert", "make", "do", "have", "be", "get", "dire",
        "declarer", "annoncer", "indiquer", "affirmer", "rapporter", "preciser", "expliquer",
        "ecrire", "confirmer", "faire", "avoir", "etre",
    ]
}
