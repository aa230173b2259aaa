/// A command, declared once: its words, the forms people type, usage, help line, examples
/// and what it does. Help, completion and parsing all read this.
///
/// ```swift
/// CommandSpec(
///     name: "articles",
///     forms: ["articles"],
///     usage: "articles",
///     help: "List the loaded articles: id, title, date, sentences.",
///     examples: ["articles"]
/// ) { _, workspace in ... }
/// ```
public struct CommandSpec: Sendable {
    public typealias Action = @Sendable (CommandArguments, inout Workspace) throws -> Answer

    /// The primary words, as `help NAME` takes them.
    public let name: String
    /// Every accepted phrasing, most specific first.
    public let forms: [CommandPattern]
    /// Other names for `help` and suggestions (`exit` for `quit`).
    public let synonyms: [String]
    public let usage: String
    /// One line for `help`.
    public let help: String
    public let examples: [String]
    public let action: Action

    public init(
        name: String, forms: [String], synonyms: [String] = [], usage: String, help: String,
        examples: [String] = [], action: @escaping Action
    ) {
        self.name = name
        self.forms = forms.map(CommandPattern.init)
        self.synonyms = synonyms
        self.usage = usage
        self.help = help
        self.examples = examples
        self.action = action
    }
}

/// The slot values a command was typed with.
public struct CommandArguments: Sendable, Equatable {
    /// The whole line as typed.
    public var line: String
    public var values: [String: String]

    public init(line: String, values: [String: String] = [:]) {
        self.line = line
        self.values = values
    }

    public subscript(_ name: String) -> String? { values[name] }
}
