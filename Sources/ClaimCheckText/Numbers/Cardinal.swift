/// The running state of a cardinal number read word by word ("three hundred and twelve
/// thousand…"): completed scale groups plus the group below the last scale.
struct Cardinal: Sendable {
    var total = 0.0
    var group = 0.0
    var last: NumberWord.Role?
    var lastValue = 0.0
    var lastScale = 0.0
    var hundredInGroup = false
    var first = -1
    /// Index after the last element consumed.
    var previousEnd = -1
    var elements = 0
    /// Start token and value of the last element, and of the one before it.
    var lastElement: (start: Int, value: Double, role: NumberWord.Role) = (-1, 0, .unit)
    var elementBefore: (start: Int, value: Double, role: NumberWord.Role)?

    var value: Double { total + group }

    mutating func start(value: Double, at i: Int) {
        group = value
        last = .unit
        lastValue = value
        first = i
        elements = 1
        lastElement = (i, value, .unit)
    }

    mutating func record(_ role: NumberWord.Role, _ value: Double, at i: Int, end: Int) {
        if first < 0 { first = i }
        elementBefore = elements > 0 ? lastElement : nil
        lastElement = (i, value, role)
        last = role
        lastValue = value
        elements += 1
        previousEnd = end
    }
}
