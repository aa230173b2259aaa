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
        let (ref, others) = try store.findEntityNoting(query)
        let mentions = store.mentions(of: ref)
        let described = ref.roles.map(Self.describe)
        let description = described.isEmpty ? Self.kindDescription(ref) : described.joined(separator: "; ")
        let shown = (ref.kind == .person ? nil : Entity.acronym(among: ref.aliases)).map { "\(ref.name) (\($0))" } ?? ref.name
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
        // "Delaney" named Frank Delaney, the likelier of two: say who else it could mean.
        if !others.isEmpty {
            items.append(AnswerItem("'\(query)' may also mean " + EntityDirectory.list(others.map(\.name))))
        }
        return Answer("\(shown): \(description)", results: items)
    }

    /// "a country", "a place in Azerbaijan" when no role is known.
    /// The role in the article's words, with the country and its adjective added where the
    /// words leave them out: "French President (France)", "President of Azerbaijan (Azerbaijani)".
    static func describe(_ role: Role) -> String {
        guard let country = role.affiliation, let demonym = LexiconIndex.current.demonyms[country] else {
            return role.description
        }
        var text = hasWords(country, in: role.title) || hasWords(demonym, in: role.title) ? role.title : role.description
        let missing = [country, demonym].filter { !hasWords($0, in: text) }
        if !missing.isEmpty { text += " (\(missing.joined(separator: ", ")))" }
        return text
    }

    /// Whether `phrase` stands in `text` as whole words ("Azerbaijan" is not in "Azerbaijani").
    static func hasWords(_ phrase: String, in text: String) -> Bool {
        let words = { (s: String) in s.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) }
        let needle = words(phrase), haystack = words(text)
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }

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
