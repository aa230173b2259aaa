/// Every entity of a store, merged across articles by name, with forgiving lookup.
///
/// ```swift
/// var directory = EntityDirectory()
/// directory.add(model)
/// try directory.find("pashinian").name  // "Nikol Pashinyan"
/// ```
public struct EntityDirectory: Sendable {
    public private(set) var refs: [EntityRef] = []
    /// "kind|folded name" → ref id.
    private var byKey: [String: Int] = [:]
    /// People's ref ids by the folded last word of their name, so matching a surname does not
    /// scan every ref (adding stays linear in the number of articles).
    private var bySurname: [String?: [Int]] = [:]

    public init() {}

    /// Merges the entities of one analyzed article (its id must be final).
    public mutating func add(_ model: ArticleModel) {
        for entity in model.entities.entities {
            let occurrence = EntityRef.Occurrence(article: model.article.id, entity: entity.id)
            let id = match(entity, article: model.article.id) ?? newRef(entity)
            var ref = refs[id]
            if !ref.occurrences.contains(occurrence) { ref.occurrences.append(occurrence) }
            let known = Set(ref.names.map(NameFolding.fold))
            if entity.name.split(separator: " ").count > ref.name.split(separator: " ").count {
                ref.aliases.append(ref.name)
                if ref.kind == .person {
                    bySurname[Self.surname(ref.name)]?.removeAll { $0 == id }
                    bySurname[Self.surname(entity.name), default: []].append(id)
                }
                ref.name = entity.name
            }
            for alias in [entity.name] + entity.aliases where !known.contains(NameFolding.fold(alias)) && alias != ref.name {
                ref.aliases.append(alias)
            }
            // "Union leader" and "union leader" from two articles are one role.
            for role in entity.roles where !ref.roles.contains(where: { $0.description.lowercased() == role.description.lowercased() }) {
                ref.roles.append(role)
            }
            ref.gender = ref.gender ?? entity.gender
            refs[id] = ref
            // Canonical names only: an alias ("Hartley" of Joan Hartley) may be someone else's name.
            byKey[key(ref.kind, ref.name)] = byKey[key(ref.kind, ref.name)] ?? id
            byKey[key(entity.kind, entity.name)] = byKey[key(entity.kind, entity.name)] ?? id
        }
    }

    private func key(_ kind: EntityKind, _ name: String) -> String {
        "\(kind.rawValue)|\(NameFolding.fold(name))"
    }

    /// The ref an article's entity is: same kind and name; for people also the same
    /// surname when only one known person has it. Two entities of one article stay two.
    private func match(_ entity: Entity, article: String) -> Int? {
        let elsewhere = { (id: Int) in !self.refs[id].occurrences.contains { $0.article == article } }
        if let id = byKey[key(entity.kind, entity.name)], elsewhere(id) { return id }
        guard entity.kind == .person else { return nil }
        let words = entity.name.split(separator: " ").map { NameFolding.fold(String($0)) }
        let sameSurname = (bySurname[words.last] ?? []).map { refs[$0] }.filter { ref in
            let known = ref.name.split(separator: " ").map { NameFolding.fold(String($0)) }
            // "Putin" and "Vladimir Putin" agree; "Hillary Clinton" and "Bill Clinton" do not.
            return known.count == 1 || words.count == 1 || known.first == words.first
        }
        return sameSurname.count == 1 && elsewhere(sameSurname[0].id) ? sameSurname[0].id : nil
    }

    private mutating func newRef(_ entity: Entity) -> Int {
        let id = refs.count
        refs.append(EntityRef(id: id, kind: entity.kind, name: entity.name, gender: entity.gender))
        if entity.kind == .person { bySurname[Self.surname(entity.name), default: []].append(id) }
        return id
    }

    private static func surname(_ name: String) -> String? {
        name.split(separator: " ").last.map { NameFolding.fold(String($0)) }
    }
}
