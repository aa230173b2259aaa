/// A file that could not be read as an article, with the reason a user reads.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// 1-based line, when the problem is on one.
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path:3: not valid UTF-8`
    public var description: String {
        line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)"
    }
}
