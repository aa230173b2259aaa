/// A briefing session: loads articles, runs command lines from any source, reports errors
/// and keeps the exit status. The executable only picks the source of lines.
///
/// ```swift
/// var session = Session(options: .init(json: true))
/// session.load(paths: ["Briefings/"])
/// session.run(commands: ["articles", "show 3"])
/// exit(session.exitStatus.rawValue)
/// ```
public struct Session: Sendable {
    public struct Options: Sendable, Equatable {
        /// One JSON object per command on stdout.
        public var json: Bool
        /// Print each command before its output (human output; JSON carries `command` already).
        public var echo: Bool
        /// Stop at the first failed command.
        public var bail: Bool

        public init(json: Bool = false, echo: Bool = false, bail: Bool = false) {
            self.json = json
            self.echo = echo
            self.bail = bail
        }
    }

    /// Whether to go on reading lines.
    public enum Flow: Sendable, Equatable {
        case proceed, stop
    }

    public var runner: CommandRunner
    public let options: Options
    public let output: SessionOutput
    /// The worst outcome so far.
    public private(set) var exitStatus: ExitStatus = .success
    /// `.read` depth, to stop a script that reads itself.
    private var nesting = 0
    public static let maximumNesting = 16

    public init(options: Options = Options(), output: SessionOutput = .standard, catalog: CommandCatalog = .standard) {
        self.options = options
        self.output = output
        self.runner = CommandRunner(catalog: catalog, json: options.json)
    }

    /// The prompt's one-line greeting.
    public var banner: String {
        let count = runner.workspace.store.articles.count
        let loaded = count == 0 ? "no articles loaded" : count == 1 ? "1 article loaded" : "\(count) articles loaded"
        return "briefing: \(loaded). Type 'help' for commands, Ctrl-D to leave."
    }

    /// What Tab offers, from the command table and the loaded articles.
    public var completer: LineCompleter {
        LineCompleter(catalog: runner.catalog, names: runner.workspace.store.entityNames(),
                      articles: runner.workspace.store.articles.map(\.id))
    }

    /// Loads `paths` before any command runs: the report goes to stderr, unreadable files too.
    public mutating func load(paths: [String]) {
        guard !paths.isEmpty else { return }
        let report = runner.workspace.load(paths: paths)
        for failure in report.failures { fail(.read(failure)) }
        output.diagnostic("loaded " + report.summary)
    }

    /// Runs `-c` commands in order.
    @discardableResult
    public mutating func run(commands: [String]) -> Flow {
        for command in commands where execute(command, at: nil) == .stop { return .stop }
        return .proceed
    }

    /// Runs a script's lines, citing `FILE:LINE` in errors.
    @discardableResult
    public mutating func run(script: Script) -> Flow {
        for (index, line) in script.lines.enumerated()
        where execute(line, at: SourceLocation(file: script.name, line: index + 1)) == .stop {
            return .stop
        }
        return .proceed
    }

    /// Runs lines as `next` gives them until it returns nil or a command ends the session.
    /// `source` names them in errors (`<stdin>`); nil for the interactive prompt.
    /// `next` sees the current completer, so Tab knows what the last command loaded.
    @discardableResult
    public mutating func run(source: String?, next: (LineCompleter) -> String?) -> Flow {
        var number = 0
        while let line = next(completer) {
            number += 1
            let location = source.map { SourceLocation(file: $0, line: number) }
            if execute(line, at: location) == .stop { return .stop }
        }
        return .proceed
    }

    /// Runs one line: skips blanks and comments, echoes, prints the answer or the error.
    public mutating func execute(_ line: String, at location: SourceLocation?) -> Flow {
        if Script.isSkipped(line) { return .proceed }
        if options.echo, !options.json { output.answer(line) }
        let result = runner.run(line)
        // A `.read` prints through the commands it runs; its own summary comes after them.
        if !result.stdout.isEmpty, result.script == nil { output.answer(result.stdout) }
        if let message = result.error {
            fail(.command(CommandError(message), at: location))
            return options.bail ? .stop : .proceed
        }
        if let script = result.script { return include(script, command: line, at: location) }
        return result.endsSession ? .stop : .proceed
    }

    /// Runs a `.read` script, then reports it as one answer of its own.
    private mutating func include(_ script: Script, command: String, at location: SourceLocation?) -> Flow {
        guard nesting < Self.maximumNesting else {
            let error = CommandError("scripts nest more than \(Self.maximumNesting) deep (does '\(script.name)' read itself?)")
            if options.json { output.answer(JSONRenderer().render(command: command, outcome: .failure(error))) }
            fail(.command(error, at: location))
            return .stop
        }
        nesting += 1
        let before = exitStatus
        exitStatus = .success
        let flow = run(script: script)
        let failed = exitStatus != .success
        exitStatus = max(before, exitStatus)
        nesting -= 1
        let count = script.lines.filter { !Script.isSkipped($0) }.count
        let outcome: Result<Answer, CommandError> = failed
            ? .failure(CommandError("'\(script.name)' had failing commands"))
            : .success(Answer("ran \(count) command\(count == 1 ? "" : "s") from \(script.name)"))
        if options.json {
            output.answer(JSONRenderer().render(command: command.trimmingSpaces.description, outcome: outcome))
        }
        if failed, options.bail { return .stop }
        return flow
    }

    /// Reports a failure from outside a command (a script that cannot be read) and keeps its status.
    public mutating func report(_ error: SessionError) {
        fail(error)
    }

    private mutating func fail(_ error: SessionError) {
        output.diagnostic(error.diagnostic)
        exitStatus = max(exitStatus, error.exitStatus)
    }
}
