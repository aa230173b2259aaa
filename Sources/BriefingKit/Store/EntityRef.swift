/// One entity across every article of a store: the same person in many articles is one
/// `EntityRef`, with an occurrence per article.
///
/// ```swift
/// let putin = try store.findEntity("putin")
/// putin.name                      // "Vladimir Putin"
/// putin.entity(inArticle: "armenia-azerbaijan")  // the id in that article's EntityTable
/// ```
public struct EntityRef: Sendable, Equatable {
    /// Where the entity appears: an article id and the entity's id in that article's table.
    public struct Occurrence: Sendable, Equatable, Hashable {
        public var article: String
        public var entity: Int

        public init(article: String, entity: Int) {
            self.article = article
            self.entity = entity
        }
    }

    /// Index in ``EntityDirectory/refs``.
    public var id: Int
    public var kind: EntityKind
    /// The fullest name any article gives.
    public var name: String
    public var aliases: [String]
    public var roles: [Role]
    public var gender: Gender?
    /// In the order the articles were added.
    public var occurrences: [Occurrence]

    public init(
        id: Int, kind: EntityKind, name: String, aliases: [String] = [], roles: [Role] = [],
        gender: Gender? = nil, occurrences: [Occurrence] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.gender = gender
        self.occurrences = occurrences
    }

    /// The entity's id in the table of article `article`, if it appears there.
    public func entity(inArticle article: String) -> Int? {
        occurrences.first { $0.article == article }?.entity
    }

    /// Every name it goes by, canonical first.
    public var names: [String] { [name] + aliases }

    /// "President of Azerbaijan", the roles joined, or nil when it has none.
    public var roleDescription: String? {
        roles.isEmpty ? nil : roles.map(\.description).joined(separator: "; ")
    }
}
