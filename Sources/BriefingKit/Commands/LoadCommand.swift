/// `load PATH...`: read more articles into the session.
enum LoadCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "load",
        forms: ["load|open <PATH...>"],
        synonyms: ["open"],
        usage: "load PATH...",
        help: "Read articles from files or folders (.txt, .md, .story).",
        examples: ["load Briefings/", "load notes/talks.md"]
    ) { arguments, workspace in
        let paths = (arguments["PATH"] ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        let report = workspace.load(paths: paths)
        let skipped = report.failures.map(\.description)
        guard !report.articles.isEmpty else {
            throw CommandError("nothing loaded: " + skipped.joined(separator: "; "))
        }
        let items = report.articles.map { id in
            let article = workspace.store.model(id: id)?.article
            return AnswerItem(id, fields: ["title": article?.title ?? ""], detail: article?.title)
        }
        let answer = "loaded " + report.summary + (skipped.isEmpty ? "" : "; skipped " + skipped.joined(separator: "; "))
        return Answer(answer, results: items)
    }
}
