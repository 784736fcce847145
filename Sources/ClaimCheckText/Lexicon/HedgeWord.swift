/// What a hedge phrase does to the number next to it.
enum HedgeWord: String, Sendable {
    case approximate, nearly, atMost, atMostOpen, atLeast, atLeastOpen, exact, closeBound
}
