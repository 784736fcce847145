/// Verbs that say nothing about what a figure counts: reporting verbs ("Police said 84 people
/// were arrested") and light verbs ("a fait trois morts"). A figure whose predicate is one of
/// them is compared as if it had none. Keys as the figure engine gives them (English lemmas
/// for the verbs it knows in both languages), folded.
enum LightPredicates {
    static let keys: Set<String> = [
        "say", "tell", "report", "announce", "state", "declare", "indicate", "add", "claim", "confirm",
        "write", "explain", "note", "specify", "assert", "make", "do", "have", "be", "get", "dire",
        "declarer", "annoncer", "indiquer", "affirmer", "rapporter", "preciser", "ajouter", "expliquer",
        "ecrire", "confirmer", "faire", "avoir", "etre",
    ]
}
