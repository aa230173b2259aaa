/// Where a command came from: a script or stdin line, or nowhere in particular (`-c`, the prompt).
///
/// ```swift
/// SourceLocation(file: "brief.briefing", line: 3).description  // "brief.briefing:3"
/// ```
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// `<stdin>` for piped input.
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public static let standardInputName = "<stdin>"

    public var description: String { "\(file):\(line)" }
}
