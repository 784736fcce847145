/// A remark about a draft that is not a finding about its claims: a silencing comment with
/// no reason, or naming a rule that does not exist. Notices never change the exit code.
public struct Notice: Sendable, Hashable {
    /// The draft's path.
    public var path: String
    /// The 1-based line the notice is about.
    public var line: Int
    /// What is wrong, in one line.
    public var message: String

    /// Creates a notice.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}

extension CheckReport {
    /// Every draft's notices, drafts in order.
    public var notices: [Notice] { documents.flatMap(\.notices) }

    static func json(notice: Notice) -> JSONValue {
        .object([("path", .string(notice.path)), ("line", .int(notice.line)), ("message", .string(notice.message))])
    }
}
