/// Something a reader thinks in: a person, country, organization, place, group or outlet.
///
/// ```swift
/// // "Azerbaijani President Ilham Aliyev"
/// Entity(id: 3, kind: .person, name: "Ilham Aliyev", aliases: ["Aliyev"],
///        roles: [Role(title: "President", affiliation: "Azerbaijan")])
/// ```
public struct Entity: Sendable, Equatable {
    /// Index in the owning ``EntityTable``.
    public var id: Int
    public var kind: EntityKind
    /// Canonical name: the fullest form the text gives.
    public var name: String
    /// Other names it goes by (surname, acronym, full form).
    public var aliases: [String]
    public var roles: [Role]
    public var gender: Gender?

    public init(
        id: Int, kind: EntityKind, name: String, aliases: [String] = [], roles: [Role] = [],
        gender: Gender? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.gender = gender
    }
}

public enum EntityKind: String, Sendable, CaseIterable, Codable {
    case person, country, organization, place, group, media
}

public enum Gender: String, Sendable {
    case male, female
}

/// A title and what it is a title of: "President" of "Azerbaijan".
///
/// `title` keeps the article's own words ("Azerbaijani President", "presidential aide",
/// "expert on Russia at the Wilson Center"); `canonical` is the lexicon's name for the same
/// title ("President", "Adviser"), used to match "the president" to its holder.
public struct Role: Sendable, Hashable {
    public var title: String
    public var affiliation: String?
    /// The lexicon form of the title, when it differs from the article's words.
    public var canonical: String?

    public init(title: String, affiliation: String? = nil, canonical: String? = nil) {
        self.title = title
        self.affiliation = affiliation
        self.canonical = canonical
    }

    /// The title to compare roles by: the lexicon form, else the words.
    public var key: String {
        (canonical ?? title).lowercased()
    }

    /// "President of Azerbaijan", "Secretary of State, United States", "led by Russia"
    /// (a title ending in a preposition), or just the title when its words already name the
    /// affiliation ("Azerbaijani President", "BBC correspondent").
    public var description: String {
        guard let affiliation else { return title }
        if title.hasSuffix(" by") || title.hasSuffix(" in") { return "\(title) \(affiliation)" }
        if Role.names(title, affiliation) { return title }
        return title.contains(" of ") ? "\(title), \(affiliation)" : "\(title) of \(affiliation)"
    }

    /// Whether `title` already names `affiliation`: its name, a country's or organization's other
    /// name or adjective ("Britain's" for the United Kingdom, "Lib Dem" for the Liberal
    /// Democrats, "ISIS" for Islamic State), or a word starting with the first four letters of its
    /// first word ("Armenian" for "Armenia").
    /// Each country's and organization's other names and adjectives (four letters or more, or
    /// capitals: `ISIS`), lowercased with hyphens as spaces, by its name.
    static let otherNames: [String: [String]] = Dictionary(
        (Lexicons.current.countries.rows + Lexicons.current.organizations.rows).map { row in
            (plain(row.key), row.fields.dropFirst(1).prefix(2).flatMap { $0 }
                .filter { $0.count >= 4 || ($0.count >= 3 && $0 == $0.uppercased()) }.map(plain))
        }, uniquingKeysWith: { first, _ in first })

    static func plain(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "-", with: " ")
    }

    static func names(_ title: String, _ affiliation: String) -> Bool {
        let title = title.lowercased()
        let affiliation = affiliation.lowercased()
        if plain(title).contains(plain(affiliation)) { return true }
        // A country's other names and adjectives: "Britain's Prince" names the United Kingdom.
        if let others = otherNames[plain(affiliation)], others.contains(where: { plain(title).contains($0) }) { return true }
        guard let first = affiliation.split(separator: " ").first, first.count >= 4 else { return false }
        let stem = first.prefix(4)
        return title.split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix(stem) }
    }
}
