import Foundation

/// Collects entities and mentions while ``EntityLinker`` links an article.
struct EntityTableBuilder {
    let leaderTitles: Set<String>
    let legislatorTitles: Set<String>
    var entities: [Entity] = []
    var mentions: [Mention] = []
    /// "kind|folded name" → entity id.
    var byKey: [String: Int] = [:]
    /// Folded aliases and names of non-person entities → entity id.
    var byAlias: [String: Int] = [:]
    /// Folded words of each person's canonical name, by entity id (kept in step with renames).
    var personWords: [Int: [String]] = [:]
    /// Titles standing for a person no one could be linked to ("the prime minister").
    var unresolvedNominals: [Mention] = []
    /// Mentions inside quotation marks, as (sentence, start): pronouns never resolve to them.
    var quotedMentions: Set<[Int]> = []
    /// Mentions after a preposition, as (sentence, start): a pronoun prefers a subject.
    var objectMentions: Set<[Int]> = []
    /// Speakers set off by commas, as (sentence, start): a pronoun in their sentence prefers others.
    var asideMentions: Set<[Int]> = []
    /// People named in full outside quotation marks somewhere: one named in full only inside
    /// someone's words ("like (Bill Clinton) does") gets no bare surname of the narration.
    var namedInNarration: Set<Int> = []
    /// People whose name came with an honorific or title but no role yet ("Lord Hexley").
    var titledWithoutRole: Set<Int> = []

    init(leaderTitles: Set<String>, legislatorTitles: Set<String> = []) {
        self.leaderTitles = leaderTitles
        self.legislatorTitles = legislatorTitles
    }

    /// Folded words of a name, an Arabic article dropped ("al-Jubeir" is matched as "jubeir").
    static func words(_ name: String) -> [String] {
        name.split(separator: " ").map { NameFolding.fold(withoutArticle(String($0))) }
    }

    /// Words after a surname that are no part of it: "Jr", "III".
    static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Words before a surname that belong to it: "bin Laden", "von der Leyen", "de Gaulle".
    static let surnameParticles: Set<String> = ["bin", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "le", "la", "dos", "das", "ter"]

    /// The name a story calls a person by on later mentions: the surname with its particles
    /// ("Osama bin Laden" -> "bin Laden", "Ursula von der Leyen" -> "von der Leyen").
    static func shortName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let surname = surname(words), let end = words.lastIndex(of: surname) else { return name }
        var start = end
        while start > 0, surnameParticles.contains(words[start - 1].lowercased()) { start -= 1 }
        return words[start...end].joined(separator: " ")
    }

    /// The surname among a name's words: the last, or the one before a generational suffix
    /// ("Donald B. Verrilli Jr" is "Verrilli", "Robert Dougherty III" is "Dougherty").
    static func surname<S: StringProtocol>(_ words: [S]) -> S? {
        guard let last = words.last else { return nil }
        let suffix = generationalSuffixes.contains(last.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")))
        return suffix && words.count >= 3 ? words[words.count - 2] : last
    }

    /// "al-Jubeir" → "Jubeir"; other words as they are.
    static func withoutArticle(_ word: String) -> String {
        guard let hyphen = word.firstIndex(of: "-"),
            ["al", "el", "ad", "ash", "as", "an", "ar", "at", "az"].contains(word[..<hyphen].lowercased()),
            word.index(after: hyphen) < word.endIndex
        else { return word }
        return String(word[word.index(after: hyphen)...])
    }

    func table() -> EntityTable {
        EntityTable(entities: entities, mentions: mentions)
    }

    mutating func entity(_ kind: EntityKind, _ name: String) -> Int {
        let key = "\(kind.rawValue)|\(NameFolding.fold(name))"
        if let id = byKey[key] { return id }
        let id = entities.count
        entities.append(Entity(id: id, kind: kind, name: name))
        byKey[key] = id
        if kind == .person { personWords[id] = EntityTableBuilder.words(name) }
        if kind != .person { byAlias[NameFolding.fold(name)] = byAlias[NameFolding.fold(name)] ?? id }
        return id
    }

    mutating func addAlias(_ alias: String, to id: Int) {
        guard NameFolding.fold(alias) != NameFolding.fold(entities[id].name),
            !entities[id].aliases.contains(where: { NameFolding.fold($0) == NameFolding.fold(alias) })
        else { return }
        entities[id].aliases.append(alias)
        if entities[id].kind != .person { byAlias[NameFolding.fold(alias)] = byAlias[NameFolding.fold(alias)] ?? id }
    }

    /// Adds a role, replacing a bare title by the same title with an affiliation; the same
    /// title in other words ("Russian President", "President of Russia") is kept once.
    mutating func addRole(_ role: Role, to id: Int) {
        var roles = entities[id].roles
        if let same = roles.firstIndex(where: { $0.key == role.key }) {
            if roles[same].affiliation == nil, role.affiliation != nil { roles[same] = role }
            else if role.affiliation != nil, roles[same].affiliation != role.affiliation, !roles.contains(role) { roles.append(role) }
        } else {
            roles.append(role)
        }
        entities[id].roles = roles
    }

    mutating func mention(_ id: Int, _ found: EntityLinker.Found, form: MentionForm? = nil) {
        let name = found.name
        if name.isQuoted { quotedMentions.insert([found.sentence, name.range.lowerBound]) }
        if name.isObject { objectMentions.insert([found.sentence, name.range.lowerBound]) }
        if name.isAside { asideMentions.insert([found.sentence, name.range.lowerBound]) }
        mentions.append(
            Mention(entity: id, sentence: found.sentence, range: name.range, text: name.text, form: form ?? name.form))
    }

    /// Countries, places, organizations, media and groups the lexicons or head words name.
    mutating func addLexiconNames(_ found: [EntityLinker.Found]) {
        for item in found {
            guard let kind = item.name.kind, kind != .person else { continue }
            // A name found by its form ("AWC said") may be an alias defined before.
            if item.name.evidence == .headWord, let known = byAlias[NameFolding.fold(item.name.name)] {
                mention(known, item, form: NameFolding.fold(entities[known].name) == NameFolding.fold(item.name.text) ? .name : .alias)
                continue
            }
            let id = entity(kind, item.name.name)
            if item.name.form == .name || item.name.form == .alias, item.name.text != item.name.name {
                addAlias(item.name.text, to: id)
            }
            if let alias = item.name.alias { addAlias(alias, to: id) }
            if let role = item.name.role { addRole(role, to: id) }
            mention(id, item)
        }
    }
}
