/// The answer of the listing commands (`people`, `countries`, ...): one item per entity,
/// its name as the value, its roles and mention count as detail, its first mention as evidence.
///
/// ```swift
/// let answer = EntityListing(noun: "people", singular: "person").answer(kinds: [.person], in: store)
/// answer.results.map(\.value)  // ["Vladimir Putin", "Ilham Aliyev", ...]
/// ```
struct EntityListing {
    var noun: String
    var singular: String

    func answer(kinds: Set<EntityKind>, in store: KnowledgeStore, article: String? = nil) throws -> Answer {
        var refs = store.entityRefs(kinds: kinds)
        if let article {
            let id = try store.resolveArticle(article).id
            refs = refs.filter { $0.entity(inArticle: id) != nil }
        }
        let items = refs.map { ref in
            let mentions = store.mentions(of: ref)
            let evidence = mentions.first.map { first in
                Evidence(
                    article: first.article.id, sentence: first.mention.sentence,
                    text: first.article.sentence(first.mention.sentence)?.text ?? "", range: first.mention.range)
            }
            var detail = [ref.roleDescription, mentions.count == 1 ? "1 mention" : "\(mentions.count) mentions"]
            if kinds.count > 1 { detail.insert(ref.kind.rawValue, at: 0) }
            return AnswerItem(
                shownName(ref), evidence: evidence.map { [$0] } ?? [],
                fields: fields(ref),
                detail: detail.compactMap { $0 }.joined(separator: " · "))
        }
        let head = items.count == 1 ? "1 \(singular)" : "\(items.count) \(noun)"
        let answer = items.isEmpty ? "no \(noun)" : "\(head): " + items.map(\.value).joined(separator: ", ")
        return Answer(answer, results: items)
    }

    /// An organization with the other names the articles use: "Collective Security Treaty
    /// Organization (CSTO)", "Islamic State (ISIS)". People and places by name alone.
    func shownName(_ ref: EntityRef) -> String {
        guard ref.kind == .organization || ref.kind == .media else { return ref.name }
        let others = ref.aliases.filter { $0.count <= 24 && NameFolding.fold($0) != NameFolding.fold(ref.name) }.prefix(2)
        return others.isEmpty ? ref.name : "\(ref.name) (\(others.joined(separator: ", ")))"
    }

    /// JSON fields of an item: kind, role and aliases when known.
    func fields(_ ref: EntityRef) -> [String: String] {
        var fields = ["kind": ref.kind.rawValue]
        if let role = ref.roleDescription { fields["role"] = role }
        if !ref.aliases.isEmpty { fields["aliases"] = ref.aliases.joined(separator: "; ") }
        return fields
    }
}
