extension ArticleModel {
    /// A party as answers show it: its entity's canonical name, an organization's with its
    /// acronym when it has one (so either name finds it), else the words as written.
    ///
    /// ```swift
    /// model.shownName(of: relation.target)  // "Federal Bureau of Investigation (FBI)"
    /// ```
    public func shownName(of party: Party) -> String {
        guard let id = party.entity, entities.entities.indices.contains(id) else { return party.text }
        let entity = entities.entities[id]
        guard entity.kind == .organization || entity.kind == .media, let acronym = Entity.acronym(among: entity.aliases),
            !entity.name.contains(acronym)
        else { return entity.name }
        return "\(entity.name) (\(acronym))"
    }
}

extension Entity {
    /// The first alias written as an acronym (`FBI`, `U.N.`), shown beside a body's name.
    static func acronym(among aliases: [String]) -> String? {
        aliases.first { (2...8).contains($0.count) && $0.allSatisfy { $0.isUppercase || $0 == "." } }
    }
}
