/// The person an article is most about: named most often, earliest on ties, at least twice.
///
/// ```swift
/// KeyActor(model: model).entity?.name  // "Vladimir Putin"
/// ```
public struct KeyActor: Sendable {
    public let entity: Entity?

    public init(model: ArticleModel) {
        var counts: [Int: (count: Int, first: Int)] = [:]
        for m in model.entities.mentions {
            guard model.entities.entities.indices.contains(m.entity),
                model.entities.entities[m.entity].kind == .person
            else { continue }
            let old = counts[m.entity] ?? (0, m.sentence)
            counts[m.entity] = (old.count + 1, min(old.first, m.sentence))
        }
        let best = counts.filter { $0.value.count >= 2 }
            .max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }
        entity = best.map { model.entities.entities[$0.key] }
    }
}
