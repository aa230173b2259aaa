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
public struct Role: Sendable, Hashable {
    public var title: String
    public var affiliation: String?

    public init(title: String, affiliation: String? = nil) {
        self.title = title
        self.affiliation = affiliation
    }

    /// "President of Azerbaijan", "Secretary of State, United States", "led by Russia"
    /// (a title ending in a preposition), or just the title.
    public var description: String {
        guard let affiliation else { return title }
        if title.hasSuffix(" by") || title.hasSuffix(" in") { return "\(title) \(affiliation)" }
        return title.contains(" of ") ? "\(title), \(affiliation)" : "\(title) of \(affiliation)"
    }
}
