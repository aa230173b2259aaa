/// `quit` / `exit`: end the session.
enum QuitCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "quit",
        forms: ["quit|exit|.quit|.exit"],
        synonyms: ["exit"],
        usage: "quit",
        help: "Leave the shell.",
        examples: ["quit"]
    ) { _, _ in
        Answer("bye", endsSession: true)
    }
}
