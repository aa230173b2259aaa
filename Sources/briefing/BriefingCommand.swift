import ArgumentParser
import BriefingKit
import Foundation
import LineEditing

/// The command line: flags and the choice of input; everything else is `Session`'s.
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Read news articles and answer questions about them, citing sentences.",
        discussion: """
            With -c or -f, runs those commands and exits. Otherwise reads commands at a prompt when \
            stdin and stdout are terminals, else one per line from stdin. Exit status: 0 when every \
            command succeeded, 1 when any failed, 64 for a usage error.
            """)

    @Flag(help: "Print one JSON object per command.") var json = false
    @Flag(help: "Print each command before its output.") var echo = false
    @Flag(help: "Stop at the first failing command.") var bail = false
    @Option(name: .customShort("c"), help: ArgumentHelp("Run COMMAND (repeatable, in order) and exit.", valueName: "COMMAND"))
    var commands: [String] = []
    @Option(name: .customShort("f"), help: ArgumentHelp("Run the commands in FILE and exit.", valueName: "FILE"))
    var file: String?
    @Argument(help: "Article files or folders to load first (.txt, .md, .story).") var paths: [String] = []

    static let prompt = "briefing> "

    func runSession() -> ExitStatus {
        var session = Session(options: Session.Options(json: json, echo: echo, bail: bail))
        session.load(paths: paths)
        if !commands.isEmpty || file != nil {
            if session.run(commands: commands) == .proceed, let file {
                do {
                    session.run(script: try Script(path: file))
                } catch {
                    session.report(.command(CommandError("\(error)"), at: nil))
                }
            }
            return session.exitStatus
        }
        if isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 {
            var reader = LibEditLineReader(historyPath: LibEditLineReader.defaultHistoryPath())
            session.output.answer(session.banner)
            session.run(source: nil) { completer in
                reader.setCompletions { completer.completions(for: $0) }
                return reader.readLine(prompt: Self.prompt)
            }
            // At the prompt a failed command was already answered; leaving is not a failure.
            return .success
        }
        var reader = PlainLineReader()
        session.run(source: SourceLocation.standardInputName) { _ in reader.readLine(prompt: "") }
        return session.exitStatus
    }
}
