/// Entities across articles: lookup by name and their mentions.
extension KnowledgeStore {
    /// The entity `name` names, forgiving case, diacritics and small typos
    /// (`pashinian` → Nikol Pashinyan). Throws a ``CommandError`` with "did you mean"
    /// suggestions when the name is unknown or ambiguous.
    ///
    /// ```swift
    /// let ref = try store.findEntity("aliyev")
    /// for (article, mention) in store.mentions(of: ref) { print(article.id, mention.sentence) }
    /// ```
    public func findEntity(_ name: String, kinds: Set<EntityKind>? = nil) throws -> EntityRef {
        try findEntityNoting(name, kinds: kinds).ref
    }

    /// The same, and the other people the name could mean when one of them is clearly the
    /// likelier ("Delaney": Frank Delaney, not his wife Ruth Delaney; see ``salient(_:)``).
    ///
    /// ```swift
    /// let (ref, others) = try store.findEntityNoting("delaney")  // Frank Delaney, [Ruth Delaney]
    /// ```
    public func findEntityNoting(_ name: String, kinds: Set<EntityKind>? = nil) throws -> (ref: EntityRef, others: [EntityRef]) {
        if models.isEmpty { throw CommandError("no articles loaded (try 'load PATH')") }
        if entities.refs.isEmpty { throw CommandError("nothing called '\(name)' in the loaded articles (they name no one)") }
        let candidates = entities.matches(name, kinds: kinds)
        if candidates.count > 1, let best = salient(candidates) {
            return (best, candidates.filter { $0.id != best.id })
        }
        return (try entities.find(name, kinds: kinds), [])
    }

    /// Of several people, the one a shared name most likely means: the only one not introduced
    /// as someone's relative, else one mentioned at least twice as often as any other; nil when
    /// none stands out.
    func salient(_ refs: [EntityRef]) -> EntityRef? {
        guard refs.allSatisfy({ $0.kind == .person }) else { return nil }
        let likelier = LikelierPerson.among(refs, roles: \.roles, mentions: { mentions(of: $0).count })
        return likelier.count == 1 ? likelier[0] : nil
    }

    /// Every mention of `ref` in every article, in article then sentence order.
    public func mentions(of ref: EntityRef) -> [(article: Article, mention: Mention)] {
        ref.occurrences.flatMap { occurrence -> [(article: Article, mention: Mention)] in
            guard let model = models.first(where: { $0.article.id == occurrence.article }) else { return [] }
            return model.entities.mentions(of: occurrence.entity).map { (model.article, $0) }
        }
    }

    /// The local entity of `ref` in each article it appears in.
    public func entities(of ref: EntityRef) -> [(article: Article, entity: Entity)] {
        ref.occurrences.compactMap { occurrence in
            guard let model = models.first(where: { $0.article.id == occurrence.article }),
                model.entities.entities.indices.contains(occurrence.entity)
            else { return nil }
            return (model.article, model.entities.entities[occurrence.entity])
        }
    }

    /// Refs of the given kinds, in order of first mention (article order, then sentence).
    public func entityRefs(kinds: Set<EntityKind>) -> [EntityRef] {
        let firsts = entities.refs.filter { kinds.contains($0.kind) }.map { ref -> (EntityRef, (Int, Int, Int)) in
            let positions = ref.occurrences.compactMap { occurrence -> (Int, Int, Int)? in
                guard let index = models.firstIndex(where: { $0.article.id == occurrence.article }),
                    let first = models[index].entities.mentions(of: occurrence.entity).first
                else { return nil }
                return (index, first.sentence, first.range.lowerBound)
            }
            return (ref, positions.min { $0 < $1 } ?? (Int.max, 0, 0))
        }
        return firsts.sorted { $0.1 < $1.1 }.map(\.0)
    }
}
