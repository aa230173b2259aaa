/// Titles standing for people ("the president") and he/she pronouns.
extension EntityTableBuilder {
    /// Links `the president`, `the Russian leader` to the person holding that title, the one
    /// mentioned last when several do; drops it when no one does.
    mutating func addNominals(_ found: [EntityLinker.Found]) {
        for item in found {
            guard let role = item.name.role else { continue }
            let title = role.title.lowercased()
            let ids = entities.indices.filter { id in
                entities[id].kind == .person
                    && entities[id].roles.contains { held in
                        let heldTitle = held.title.lowercased()
                        let fits = heldTitle == title || heldTitle.hasSuffix(" " + title)
                            || (title == "leader" && leaderTitles.contains(heldTitle))
                        return fits && (role.affiliation == nil || held.affiliation == role.affiliation)
                    }
            }
            guard let id = latest(of: ids, before: item) ?? (ids.count == 1 ? ids[0] : nil) else {
                unresolvedNominals.append(Mention(entity: -1, sentence: item.sentence, range: item.name.range, text: item.name.text, form: .nominal))
                continue
            }
            mention(id, item, form: .nominal)
        }
    }

    /// Links he/she/his/her to the person it most likely means: a gender-compatible person
    /// earlier in the same sentence (the first, as the subject), else the first one in the
    /// nearest of the three sentences before. Pronouns inside quotations stay unresolved.
    mutating func resolvePronouns(_ found: [EntityLinker.Found]) {
        for item in found where !item.name.isQuoted {
            let gender = item.name.gender
            // "He spoke to Laura Bush, Stanzel said": he is neither of the people named after
            // him in his own sentence.
            let namedAfter = Set(mentions.filter {
                $0.sentence == item.sentence && $0.range.lowerBound > item.name.range.lowerBound && $0.form != .pronoun
            }.map(\.entity))
            func fits(_ m: Mention) -> Bool {
                entities[m.entity].kind == .person
                    && (entities[m.entity].gender == nil || entities[m.entity].gender == gender)
                    && !quotedMentions.contains([m.sentence, m.range.lowerBound])
                    && !namedAfter.contains(m.entity)
            }
            // "The prime minister ... his speech": a title nobody could be linked to stands
            // between; better unresolved than someone else.
            if unresolvedNominals.contains(where: { $0.sentence == item.sentence && $0.range.upperBound <= item.name.range.lowerBound }) {
                continue
            }
            var candidates = mentions.filter {
                $0.sentence == item.sentence && $0.range.upperBound <= item.name.range.lowerBound && fits($0)
            }
            var back = 1
            while candidates.isEmpty, back <= 3, item.sentence - back >= 1 {
                candidates = mentions.filter { $0.sentence == item.sentence - back && fits($0) }
                back += 1
            }
            guard let chosen = candidates.min(by: { $0.range.lowerBound < $1.range.lowerBound }) else { continue }
            let id = chosen.entity
            // One candidate only: the pronoun also tells the person's gender.
            if entities[id].gender == nil, Set(candidates.map(\.entity)).count == 1 { entities[id].gender = gender }
            mention(id, item, form: .pronoun)
        }
    }

    /// The entity among `ids` mentioned last before `item`.
    func latest(of ids: [Int], before item: EntityLinker.Found) -> Int? {
        let here = (item.sentence, item.name.range.lowerBound)
        return mentions.filter { ids.contains($0.entity) && ($0.sentence, $0.range.lowerBound) < here }
            .max { ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound) }?.entity
    }
}
