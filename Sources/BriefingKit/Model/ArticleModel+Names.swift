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
        guard entity.kind == .organization || entity.kind == .media,
            let acronym = entity.aliases.first(where: { $0.count >= 2 && $0.count <= 8 && $0.allSatisfy { $0.isUppercase || $0 == "." } }),
            !entity.name.contains(acronym)
        else { return entity.name }
        return "\(entity.name) (\(acronym))"
    }
}
