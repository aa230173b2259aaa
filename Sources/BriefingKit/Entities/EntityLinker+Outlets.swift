/// Outlets known only from being spoken to: "Lee told Sidewire", "he told Harbourwire".
extension EntityLinker {
    /// A one-word name the article only ever writes right after `told` or `interviewed`, with no
    /// title, gender or role, and that is no one's surname, is the outlet spoken to (news
    /// media), not a person: people in the news are named in full before they are told anything.
    func outletsSpokenTo(_ found: [Found], tokens: [Int: [WordToken]]) -> [Found] {
        let surnames = Set(found.filter { $0.name.kind == .person && $0.name.form == .name && $0.name.words.count > 1 }
            .compactMap { $0.name.words.last.map(NameFolding.fold) })
        var byName: [String: [Int]] = [:]
        for (k, item) in found.enumerated() where item.name.form == .name && item.name.words.count == 1
            && (item.name.kind == .person || item.name.kind == nil)
        {
            byName[NameFolding.fold(item.name.name), default: []].append(k)
        }
        var result = found
        for (name, indices) in byName where !surnames.contains(name) {
            let spokenTo = indices.allSatisfy { k in
                let item = found[k]
                guard item.name.role == nil, item.name.gender == nil, let sentence = tokens[item.sentence],
                    let at = sentence.firstIndex(where: { $0.range.lowerBound == item.name.range.lowerBound }), at > 0
                else { return false }
                return ["told", "tells", "interviewed"].contains(sentence[at - 1].key)
            }
            guard spokenTo else { continue }
            for k in indices {
                result[k].name.kind = .media
                result[k].name.evidence = .headWord
            }
        }
        return result
    }
}
