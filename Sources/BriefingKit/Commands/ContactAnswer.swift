/// The shared answer of the contact commands (`who spoke with`, `who met`, `who called`):
/// every other party of X's contact relations, each once, with every supporting sentence.
///
/// ```swift
/// try ContactAnswer(kinds: [.met], verb: "met").answer(for: "Macron", in: store)
/// ```
struct ContactAnswer {
    /// Which relation kinds count; nil for every contact kind.
    var kinds: Set<RelationKind>?
    /// How the answer says it: "spoke with", "met".
    var verb: String

    func answer(for name: String, in store: KnowledgeStore) throws -> Answer {
        let hits = try NameLookup(store: store).require(name)
        let display = NameLookup.displayName(hits, typed: name)
        var order: [String] = []
        var evidence: [String: [Evidence]] = [:]
        var audiences: Set<String> = []
        for hit in hits {
            for relation in hit.model.relations where relation.kind.isContact && (kinds?.contains(relation.kind) ?? true) {
                let other: Party
                if let id = relation.source.entity, hit.ids.contains(id) {
                    other = relation.target
                } else if let id = relation.target.entity, hit.ids.contains(id) {
                    other = relation.source
                } else {
                    continue
                }
                if let id = other.entity, hit.ids.contains(id) { continue }
                // A visit to a country is not a meeting.
                if relation.kind == .visited, other.entity.map({ hit.model.entities.entities[$0].kind != .person }) ?? true { continue }
                let otherName = NameLookup.contactName(of: other, in: hit.model)
                if other.isAudience { audiences.insert(otherName) }
                if evidence[otherName] == nil { order.append(otherName) }
                if !(evidence[otherName] ?? []).contains(relation.evidence) {
                    evidence[otherName, default: []].append(Evidence(
                        article: relation.evidence.article, sentence: relation.evidence.sentence,
                        text: relation.evidence.text, range: relation.evidence.range))
                }
            }
        }
        // Named parties first, audiences (`reporters`) after.
        order = order.filter { !audiences.contains($0) } + order.filter { audiences.contains($0) }
        guard !order.isEmpty else {
            return Answer("No one is reported as having \(verb) \(display).")
        }
        let items = order.map { name in
            AnswerItem(
                name, evidence: (evidence[name] ?? []).uniqued(),
                detail: audiences.contains(name) ? "audience" : nil)
        }
        let named = order.filter { !audiences.contains($0) }
        let heard = order.filter { audiences.contains($0) }
        var text = named.joined(separator: ", ")
        if !heard.isEmpty { text += (text.isEmpty ? "" : "; ") + "also addressed " + heard.joined(separator: ", ") }
        return Answer(text, results: items)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
