/// `.read FILE` (or `source FILE`): run the commands in a file, as `-f FILE` does.
enum ReadCommand {
    static let spec: CommandSpec = CommandSpec(
        name: ".read",
        forms: [".read|source <FILE...>"],
        synonyms: ["source"],
        usage: ".read FILE",
        help: "Run the commands in FILE, one a line (# starts a comment).",
        examples: [".read Briefings/armenia.briefing"]
    ) { arguments, _ in
        let path = arguments["FILE"] ?? ""
        var answer = Answer("reading \(path)")
        answer.script = try Script(path: path)
        return answer
    }
}
