/// `who is NAME`: the entity's role and affiliation, first mention and how often it is mentioned.
enum WhoIsCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "who is",
        forms: ["who is <NAME...>", "what is <NAME...>", "who was <NAME...>"],
        usage: "who is NAME",
        help: "Say who someone (or what something) is: role, affiliation, first mention, mentions.",
        examples: ["who is Aliyev", "who is pashinian", "what is CSTO"]
    ) { arguments, workspace in
        let store = workspace.store
        var query = arguments["NAME"] ?? ""
        while let last = query.last, "?.!".contains(last) { query.removeLast() }
        if query.lowercased().hasPrefix("the ") { query = String(query.dropFirst(4)) }
        let ref = try store.findEntity(query)
        let mentions = store.mentions(of: ref)
        var description = ref.roleDescription ?? Self.kindDescription(ref)
        // "Leader of Palestine (Palestinian)": the adjective readers say too.
        if let country = ref.roles.first?.affiliation, let demonym = LexiconIndex.current.demonyms[country] {
            description += " (\(demonym))"
        }
        let shown = ref.aliases.first { $0.count <= 6 && $0 == $0.uppercased() && ref.kind != .person }
            .map { "\(ref.name) (\($0))" } ?? ref.name
        var items: [AnswerItem] = []
        if let first = mentions.first, let sentence = first.article.sentence(first.mention.sentence) {
            items.append(
                AnswerItem(
                    description,
                    evidence: [Evidence(article: first.article.id, sentence: sentence.number, text: sentence.text,
                                        range: first.mention.range)],
                    fields: ["name": ref.name, "kind": ref.kind.rawValue],
                    detail: "first mentioned \(sentence.number == 1 ? "in the first sentence" : "in sentence \(sentence.number)") of \(first.article.id)"))
        }
        let articles = Set(mentions.map(\.article.id)).count
        let count = mentions.count == 1 ? "mentioned once" : "mentioned \(mentions.count) times"
        items.append(AnswerItem(articles > 1 ? "\(count) in \(articles) articles" : count))
        if !ref.aliases.isEmpty {
            items.append(AnswerItem("also called " + ref.aliases.joined(separator: ", ")))
        }
        return Answer("\(shown): \(description)", results: items)
    }

    /// "a country", "a place in Azerbaijan" when no role is known.
    static func kindDescription(_ ref: EntityRef) -> String {
        switch ref.kind {
        case .person: return "a person (no role given)"
        case .country: return "a country"
        case .organization: return "an organization"
        case .place: return "a place"
        case .group: return "a group of people"
        case .media: return "a news outlet"
        }
    }
}
