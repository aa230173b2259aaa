/// Titles standing for people ("the president") and he/she pronouns.
extension EntityTableBuilder {
    /// Links `the president`, `the Russian leader`, `the Republican lawmaker`, `the former
    /// secretary` to the person holding that title, the one mentioned last when several do;
    /// drops it when no one does.
    mutating func addNominals(_ found: [EntityLinker.Found]) {
        for item in found {
            guard let role = item.name.role else { continue }
            if item.name.isIndefinite {
                ledeSubject(item, role: role)
                continue
            }
            let ids = entities.indices.filter { id in
                guard entities[id].kind == .person else { return false }
                // `the Republican lawmaker`: a party the person is known by.
                let party = role.affiliation.map { affiliation in
                    entities[id].roles.contains { $0.affiliation == nil && Role.names($0.title, affiliation) }
                } ?? false
                return entities[id].roles.contains { held in
                    holds(held, role) && (role.affiliation == nil || held.affiliation == role.affiliation || party)
                }
            }
            // "Rep. Mike Dorsey said ... the Republican lawmaker told": the holder of the title
            // just named, whose party the story has not said, before one named only later.
            func justNamed() -> Int? {
                latest(of: entities.indices.filter { id in
                    entities[id].kind == .person && entities[id].roles.contains { holds($0, role) }
                        && !entities[id].roles.contains { ($0.key == "member" && $0.affiliation != nil) || RoleWords.standard.partyTags.values.contains($0.title) }
                }, before: item, within: 2)
            }
            guard let id = latest(of: ids, before: item) ?? justNamed() ?? (ids.count == 1 ? ids[0] : nil) else {
                if ledeHolder(item, role: role) || namedNext(item, role: role) || previousSentenceHolder(item, role: role) { continue }
                unresolvedNominals.append(Mention(entity: -1, sentence: item.sentence, range: item.name.range, text: item.name.text, form: .nominal))
                continue
            }
            mention(id, item, form: .nominal)
        }
    }

    /// Links he/she/his/her to the person it most likely means: a gender-compatible person
    /// earlier in the same sentence, else in the nearest of the three sentences before; in a
    /// sentence, a subject before a preposition's object ("after talks with Mr Blair, Mr Abbas
    /// said"), then the first. A person known to have the pronoun's gender (a given name, an
    /// earlier "she") comes before one of unknown gender. Pronouns inside quotations stay unresolved.
    mutating func resolvePronouns(_ found: [EntityLinker.Found]) {
        for item in found where !item.name.isQuoted {
            let gender = item.name.gender
            // "He spoke to Joan Hartley, Lee said": he is neither of the people named after
            // him in his own sentence.
            let namedAfter = Set(mentions.filter {
                $0.sentence == item.sentence && $0.range.lowerBound > item.name.range.lowerBound && $0.form != .pronoun
            }.map(\.entity))
            func fits(_ m: Mention, known: Bool) -> Bool {
                let held = entities[m.entity].gender
                return entities[m.entity].kind == .person
                    && (known ? held == gender : (held == nil || held == gender))
                    && !quotedMentions.contains([m.sentence, m.range.lowerBound])
                    && !namedAfter.contains(m.entity)
            }
            // "In his statement, Wumi said": a possessive in a phrase opening the sentence is the
            // subject named right after it.
            if item.name.isObject, !item.name.isSentenceStart, item.name.range.lowerBound <= 12,
                let subject = mentions.filter({ $0.sentence == item.sentence && $0.range.lowerBound > item.name.range.upperBound })
                    .min(by: { $0.range.lowerBound < $1.range.lowerBound }),
                subject.form == .name, entities[subject.entity].kind == .person,
                entities[subject.entity].gender == nil || entities[subject.entity].gender == gender,
                !quotedMentions.contains([subject.sentence, subject.range.lowerBound]),
                !objectMentions.contains([subject.sentence, subject.range.lowerBound])
            {
                if entities[subject.entity].gender == nil { entities[subject.entity].gender = gender }
                mention(subject.entity, item, form: .pronoun)
                continue
            }
            // "The prime minister ... his speech": a title nobody could be linked to stands
            // between; better unresolved than someone else.
            if unresolvedNominals.contains(where: { $0.sentence == item.sentence && $0.range.upperBound <= item.name.range.lowerBound }) {
                continue
            }
            // In the pronoun's own sentence a speaker set off by commas comes last ("Reyes is well,
            // Lee said, and will resume his work"); then one known to have the pronoun's
            // gender first. In the sentences before, likewise the known gender first.
            let here = mentions.filter {
                $0.sentence == item.sentence && $0.range.upperBound <= item.name.range.lowerBound && fits($0, known: false)
            }
            let main = here.filter { !asideMentions.contains([$0.sentence, $0.range.lowerBound]) }
            let pool = main.isEmpty ? here : main
            let known = pool.filter { fits($0, known: true) }
            var candidates = known.isEmpty ? pool : known
            func window(known: Bool) -> [Mention] {
                var found: [Mention] = []
                var back = 1
                while found.isEmpty, back <= 3, item.sentence - back >= 1 {
                    found = mentions.filter { $0.sentence == item.sentence - back && fits($0, known: known) }
                    back += 1
                }
                return found
            }
            // "The senator was awake. He spoke to ...": a he/she opening its sentence continues
            // the previous sentence's subject, even one whose gender no name tells.
            if candidates.isEmpty, item.name.isSentenceStart, ["he", "she"].contains(item.name.text.lowercased()) {
                let previous = mentions.filter {
                    $0.sentence == item.sentence - 1 && fits($0, known: false)
                        && !objectMentions.contains([$0.sentence, $0.range.lowerBound])
                        && !asideMentions.contains([$0.sentence, $0.range.lowerBound])
                }
                // (Near the start: after a title at most, "Transport Minister Ilse Varga urged".)
                if let subject = previous.min(by: { $0.range.lowerBound < $1.range.lowerBound }), subject.range.lowerBound <= 40 {
                    candidates = [subject]
                }
            }
            if candidates.isEmpty { candidates = window(known: true) }
            if candidates.isEmpty { candidates = window(known: false) }
            let subjects = candidates.filter { !objectMentions.contains([$0.sentence, $0.range.lowerBound]) }
            guard let chosen = (subjects.isEmpty ? candidates : subjects).min(by: { $0.range.lowerBound < $1.range.lowerBound })
            else { continue }
            let id = chosen.entity
            // The pronoun tells the person's gender: later "she"s keep to the one already called "she".
            if entities[id].gender == nil { entities[id].gender = gender }
            mention(id, item, form: .pronoun)
        }
    }

    /// "A Liberal peer has tabled an amendment ..." opening the story, then "Lord Hexley's bill": the
    /// lede's unnamed subject is the first person named in the next sentences with an honorific
    /// or title but no role.
    mutating func ledeSubject(_ item: EntityLinker.Found, role: Role) {
        guard item.sentence <= 2 else { return }
        let later = mentions.filter { $0.form == .name && $0.sentence > item.sentence && $0.sentence <= item.sentence + 4 }
            .sorted { ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound) }
        guard let first = later.first(where: { entities[$0.entity].kind == .person }),
            titledWithoutRole.contains(first.entity), entities[first.entity].roles.isEmpty
        else { return }
        addRole(role, to: first.entity)
        mention(first.entity, item, form: .nominal)
    }

    /// Whether a person's role is one a title stands for: the same title, one ending in it
    /// (`Foreign Secretary` for `the secretary`, not `Deputy Prime Minister` for `the prime minister`), a secretary of something, or any leader
    /// for `the leader` and any member of a legislature for `the lawmaker`.
    func holds(_ held: Role, _ role: Role) -> Bool {
        let title = role.key
        let heldTitle = held.key
        // `Deputy Prime Minister` is not who `the prime minister` means.
        let narrowed = heldTitle.hasSuffix(" " + title)
            && !RoleWords.standard.lesserRanks.contains(where: { heldTitle.hasPrefix($0 + " ") || heldTitle.hasPrefix($0 + "-") })
        return heldTitle == title || narrowed || heldTitle.hasPrefix(title + " of ")
            || (title == "leader" && leaderTitles.contains(heldTitle))
            || (title == "lawmaker" && legislatorTitles.contains(heldTitle))
    }

    /// "... demanded Sir Edward Hale quit." then "talks by the then prime minister": a leader's
    /// title no one holds, early in the story, is the one person the sentence before names (or,
    /// opening the story, the next sentence names), with an honorific or title but no role.
    /// Returns whether it was taken so.
    mutating func ledeHolder(_ item: EntityLinker.Found, role: Role) -> Bool {
        if storyOpeningHolder(item, role: role) { return true }
        guard item.sentence <= 3, leaderTitles.contains(role.key) else { return false }
        // Only the sentence before names people: none in this one before the title.
        let before = mentions.filter {
            $0.form == .name && entities[$0.entity].kind == .person
                && ($0.sentence == item.sentence - 1 || ($0.sentence == item.sentence && $0.range.lowerBound < item.name.range.lowerBound))
        }
        guard !before.contains(where: { $0.sentence == item.sentence }) else { return false }
        var people = Set(before.map(\.entity))
        // "The first minister's remark ..." opening the story, no one named yet: the one person
        // without a role the next sentence names ("... said Tom Hale's comment was unwise").
        let namedEarlier = mentions.contains { $0.form == .name && entities[$0.entity].kind == .person && $0.sentence < item.sentence }
        if people.isEmpty, item.sentence <= 2, !namedEarlier {
            people = Set(mentions.filter {
                $0.form == .name && $0.sentence == item.sentence + 1 && entities[$0.entity].kind == .person
                    && entities[$0.entity].roles.isEmpty
            }.map(\.entity))
        }
        guard people.count == 1, let id = people.first, titledWithoutRole.contains(id), entities[id].roles.isEmpty else { return false }
        addRole(role, to: id)
        mention(id, item, form: .nominal)
        return true
    }

    /// "Tunisia's president told CNN ..." then "President Beji Essebsi said": a title with its
    /// country that no one holds yet is the person named next (within two sentences) with the same
    /// title and no country, who takes the country.
    mutating func namedNext(_ item: EntityLinker.Found, role: Role) -> Bool {
        guard role.affiliation != nil else { return false }
        let here = (item.sentence, item.name.range.lowerBound)
        let next = mentions.filter {
            $0.form == .name && ($0.sentence, $0.range.lowerBound) > here && $0.sentence - item.sentence <= 2
                && entities[$0.entity].kind == .person
        }.min { ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound) }
        guard let next, entities[next.entity].roles.contains(where: { $0.key == role.key && $0.affiliation == nil }) else { return false }
        addRole(role, to: next.entity)
        mention(next.entity, item, form: .nominal)
        return true
    }

    /// "The former finance director at Norlink has admitted lying." then "Speaking in court, Edwin
    /// Pask said ...": a title that opens the story, no one named yet, is the one person the
    /// next sentence names, when the story gives them no role of their own.
    mutating func storyOpeningHolder(_ item: EntityLinker.Found, role: Role) -> Bool {
        guard item.sentence == 1,
            !mentions.contains(where: { $0.form == .name && $0.sentence == 1 && entities[$0.entity].kind == .person })
        else { return false }
        let next = Set(mentions.filter { $0.form == .name && $0.sentence == 2 && entities[$0.entity].kind == .person }.map(\.entity))
        guard next.count == 1, let id = next.first, entities[id].roles.isEmpty else { return false }
        addRole(role, to: id)
        mention(id, item, form: .nominal)
        return true
    }

    /// "Anna Lind has approached the club. The tycoon hopes ...": a title no one holds that
    /// opens its sentence is the one person the sentence before names, when the story gives
    /// them no role of their own. Speaking after a quotation (`“...,” the candidate said`), it is
    /// the one person named last, in one of the two sentences before.
    mutating func previousSentenceHolder(_ item: EntityLinker.Found, role: Role) -> Bool {
        // (`“...,” the spokesman said`: someone's spokesman, seldom the person named before.)
        let speaks = item.name.speaksAfterQuotation && !RoleWords.standard.anonymousRoles.contains((role.canonical ?? role.title).lowercased())
        guard item.name.range.lowerBound == 0 || speaks, item.sentence >= 2 else { return false }
        func named(in sentence: Int) -> Set<Int> {
            Set(mentions.filter {
                ($0.form == .name || $0.form == .alias) && $0.sentence == sentence && entities[$0.entity].kind == .person
                    && !quotedMentions.contains([$0.sentence, $0.range.lowerBound])
            }.map(\.entity))
        }
        var before = named(in: item.sentence - 1)
        if speaks, before.isEmpty, item.sentence >= 3 { before = named(in: item.sentence - 2) }
        guard before.count == 1, let id = before.first, entities[id].roles.isEmpty else { return false }
        addRole(role, to: id)
        mention(id, item, form: .nominal)
        return true
    }

    /// The entity among `ids` mentioned last before `item` (at most `within` sentences before).
    func latest(of ids: [Int], before item: EntityLinker.Found, within: Int = .max) -> Int? {
        let here = (item.sentence, item.name.range.lowerBound)
        return mentions.filter {
            ids.contains($0.entity) && ($0.sentence, $0.range.lowerBound) < here && item.sentence - $0.sentence <= within
        }
            .max { ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound) }?.entity
    }
}
