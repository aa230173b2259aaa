/// Finds the entities a typed name means in each article, forgivingly: full name, alias, any
/// word of the name (`Pashinyan`), case and punctuation aside; suggests close names otherwise.
///
/// ```swift
/// let hits = NameLookup(store: store).entities(named: "pashinyan")
/// ```
struct NameLookup {
    let store: KnowledgeStore

    /// One article's entities matching a name.
    struct Hit {
        var model: ArticleModel
        var ids: Set<Int>
    }

    /// (`the Charity Commission` is `Charity Commission` when no name starts with `the`.)
    func hits(for name: String) -> [Hit] {
        let found = store.models.compactMap { model in
            let ids = model.entities.entities(named: name)
            return ids.isEmpty ? nil : Hit(model: model, ids: Set(ids))
        }
        guard found.isEmpty, name.lowercased().hasPrefix("the "), name.count > 4 else { return found }
        return hits(for: String(name.dropFirst(4)))
    }

    /// The hits for `name`, or an error naming close matches.
    func require(_ name: String) throws -> [Hit] {
        guard !store.models.isEmpty else { throw CommandError("no articles loaded (try 'load PATH')") }
        let found = hits(for: name)
        if !found.isEmpty { return found }
        throw CommandError(unknownMessage(name))
    }

    func unknownMessage(_ name: String) -> String {
        let key = EntityTable.normalize(name)
        var scored: [(String, Int)] = []
        for model in store.models {
            for entity in model.entities.entities {
                let distance = entity.name.lowercased().split(separator: " ").map { editDistance(String($0), key) }.min() ?? 99
                if distance <= max(2, key.count / 3), !scored.contains(where: { $0.0 == entity.name }) {
                    scored.append((entity.name, distance))
                }
            }
        }
        let suggestions = scored.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
        if suggestions.isEmpty { return "no one called '\(name)' in the loaded articles (try 'people')" }
        return "no one called '\(name)' in the loaded articles; did you mean \(suggestions.joined(separator: ", "))?"
    }

    /// The canonical name of a party: its entity's name, or the text as written.
    static func name(of party: Party, in model: ArticleModel) -> String {
        if let id = party.entity, model.entities.entities.indices.contains(id) { return model.entities.entities[id].name }
        return party.text
    }

    /// The display name for hits: the longest canonical name.
    static func displayName(_ hits: [Hit], typed: String) -> String {
        hits.flatMap { hit in hit.ids.map { hit.model.entities.entities[$0].name } }.max { $0.count < $1.count } ?? typed
    }
}

import Foundation
