/// One cardinal number word and its role in the number grammar.
struct NumberWord: Sendable {
    enum Role: Sendable { case unit, teen, tens, hundred, scale, dozen }
    let role: Role
    let value: Double
}
