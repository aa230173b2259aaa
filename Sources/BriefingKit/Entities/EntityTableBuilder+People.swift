/// People: full names first, then surnames and other short forms, then unknown capitals
/// that turn out to be a known name.
extension EntityTableBuilder {
    mutating func addPeople(_ found: [EntityLinker.Found]) {
        let full = found.filter { $0.name.words.count >= 2 }.sorted { $0.name.words.count > $1.name.words.count }
        for item in full {
            let id = personWithFullName(item.name.words) ?? entity(.person, item.name.name)
            if !item.name.isQuoted { namedInNarration.insert(id) }
            notePerson(id, item)
        }
        for item in found where item.name.words.count < 2 {
            let known = person(matching: item.name.text, at: item)
            // "the state news agency Pravna reported" ... "Pravna reported": a lone word nothing
            // marks as a person's is the outlet or organization of that name.
            if known == nil, !item.name.isMarkedPerson,
                let other = byAlias[NameFolding.fold(item.name.text)], entities[other].kind != .person
            {
                mention(other, item, form: .name)
                continue
            }
            notePerson(known ?? entity(.person, item.name.name), item)
        }
    }

    mutating func notePerson(_ id: Int, _ item: EntityLinker.Found) {
        if let role = item.name.role { addRole(role, to: id) }
        for role in item.name.moreRoles { addRole(role, to: id) }
        if item.name.evidence == .title, item.name.role == nil { titledWithoutRole.insert(id) }
        if entities[id].gender == nil { entities[id].gender = item.name.gender }
        if item.name.words.count >= 2, item.name.words.count > entities[id].name.split(separator: " ").count {
            // The fullest form is the canonical name.
            let old = entities[id].name
            entities[id].name = item.name.name
            personWords[id] = EntityTableBuilder.words(item.name.name)
            addAlias(old, to: id)
        }
        if let last = EntityTableBuilder.surname(item.name.words), item.name.words.count >= 2 {
            addAlias(last, to: id)
            // "al-Jubeir" also goes by "Jubeir".
            let bare = EntityTableBuilder.withoutArticle(last)
            if bare != last { addAlias(bare, to: id) }
        }
        mention(id, item, form: .name)
    }

    /// A person already known by the same full name, or by the same first and last words
    /// ("Hillary Clinton" for "Hillary Rodham Clinton").
    func personWithFullName(_ words: [String]) -> Int? {
        let folded = words.map(NameFolding.fold)
        return personWords.keys.sorted().first { id in
            let known = personWords[id] ?? []
            return known == folded || (known.count >= 2 && known.first == folded.first && known.last == folded.last)
        }
    }

    /// The person a one-word name stands for: the one whose surname (else first name, else the
    /// second word of a four-word name: "Tony Tan Keng Yam" is "Tan") it is
    /// and who was named before (the nearest, when several were); a person named only later
    /// when no title or gender says otherwise ("Senator Hartley" is not the "Joan Hartley" named
    /// after him), and named in full outside quotation marks unless the word is quoted too.
    /// Nil: a person of their own.
    func person(matching word: String, at item: EntityLinker.Found) -> Int? {
        let key = NameFolding.fold(word)
        let gender = item.name.gender
        func candidates(_ position: (([String]) -> String?)) -> [Int] {
            personWords.keys.sorted().filter { id in
                position(personWords[id] ?? []) == key
                    && (gender == nil || entities[id].gender == nil || entities[id].gender == gender)
                    && (item.name.isQuoted || namedInNarration.contains(id) || personWords[id]?.count == 1)
            }
        }
        var ids = candidates { EntityTableBuilder.surname($0) }
        if ids.isEmpty { ids = candidates { $0.count >= 2 ? $0.first : nil } }
        // "President Tony Tan Keng Yam ... President Tan": a given name before a surname-first name.
        if ids.isEmpty { ids = candidates { $0.count >= 4 ? $0[1] : nil } }
        guard !ids.isEmpty else { return nil }
        ids = salient(ids, for: item)
        // Someone already known by this one word ("Bush" as its own person) keeps it.
        if let own = ids.first(where: { personWords[$0]?.count == 1 }) { return own }
        if let nearest = latest(of: ids, before: item) { return nearest }
        guard ids.count == 1 else { return nil }
        let later = entities[ids[0]]
        if let role = item.name.role, !later.roles.isEmpty,
            !later.roles.contains(where: { $0.title.lowercased() == role.title.lowercased() })
        {
            return nil
        }
        return ids[0]
    }

    /// Of several people sharing a surname, the ones a bare surname may mean: one holding the
    /// title it comes with ("Senator Hartley"), else those not introduced as the relative of the
    /// person in focus ("his wife Ruth Delaney" yields to Frank Delaney). A relative introduced
    /// by name ("Kim's father, Kim Jong Il") starts a topic of their own and stays a candidate.
    func salient(_ ids: [Int], for item: EntityLinker.Found) -> [Int] {
        guard ids.count > 1 else { return ids }
        if let role = item.name.role {
            let titled = ids.filter { id in entities[id].roles.contains { $0.key == role.key } }
            if !titled.isEmpty { return titled }
        }
        let others = ids.filter { id in !entities[id].roles.contains(where: RoleWords.standard.isKinRole) }
        return others.isEmpty ? ids : others
    }

    /// Capitalized runs with no evidence of their own: a known person's name, a known
    /// acronym or name (`CSTO` after it was defined), a place after `in`; else nothing.
    mutating func addUnknownNames(_ found: [EntityLinker.Found]) {
        for item in found {
            let words = item.name.words
            let folded = NameFolding.fold(item.name.text)
            if let id = words.count >= 2 ? personWithFullName(words) : words.count == 1 ? person(matching: item.name.text, at: item) : nil {
                // "Lee is a lawyer": a role stated of a known person's short name is theirs.
                for role in item.name.moreRoles { addRole(role, to: id) }
                mention(id, item, form: .name)
            } else if let id = byAlias[folded] {
                mention(id, item, form: .alias)
            } else if item.name.kind == .place {
                mention(entity(.place, item.name.name), item, form: .name)
            }
        }
    }
}
