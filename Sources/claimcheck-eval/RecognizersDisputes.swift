/// Spec cases whose expected value we judge wrong, with why (see docs/figures.md).
enum RecognizersDisputes {
    static let reason: [String: String] = [:]
}
