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

/// Lines from a list: a session driven by a test or another program, no terminal needed.
///
/// ```swift
/// var reader = ListLineReader(["articles", "quit"])
/// reader.readLine(prompt: "briefing> ")  // "articles"
/// ```
public struct ListLineReader: LineReader {
    public private(set) var remaining: ArraySlice<String>
    /// The prompts asked for, in order.
    public private(set) var prompts: [String] = []

    public init(_ lines: [String]) {
        remaining = lines[...]
    }

    public mutating func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return remaining.popFirst()
    }
}
