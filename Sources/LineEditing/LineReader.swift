/// A source of command lines: libedit at a terminal, plain lines from a pipe, a list in tests.
public protocol LineReader {
    /// The next line without its newline, or nil at end of input.
    mutating func readLine(prompt: String) -> String?
}

/// Lines from standard input, without prompt or editing (pipes and files).
public struct PlainLineReader: LineReader {
    public init() {}

    public mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}
