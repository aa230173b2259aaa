/// Parties named by role: `the Kremlin spokesman said`, `Reyes aides said` (a name followed by
/// role words only qualifies the role), linked to the person when the article names exactly one
/// with that role.
extension ClauseReader {
    /// An unnamed phrase cut at its role or group noun (`the agents` in `the agents Sunday`),
    /// or nil when it names no role (`the demands`, `the minister's staff`).
    public func roleOnly(_ span: PartySpan) -> PartySpan? {
        guard let head = span.tokens.last(where: { roles.heads.contains(words.tokens[$0].lower) }),
            words.tokens[(head + 1)..<span.tokens.upperBound].allSatisfy(\.isCapitalized),
            !words.isPossessive(head + 1)
        else { return nil }
        return roleSpan(span.tokens.lowerBound..<(head + 1))
    }

    /// The head ends the phrase: `the union leaders`, not `the union leaders' office` nor
    /// `the union leader Lena Frost`.
    func endsRolePhrase(at end: Int, scanned: Int) -> Bool {
        guard end < words.tokens.count else { return true }
        let next = words.tokens[end]
        guard !words.isPossessive(end), party(at: end) == nil else { return false }
        return end == scanned || !next.isWord || next.isCapitalized || clause.prepositions.contains(next.lower)
            || clause.joiners.contains(next.lower) || isVerbLike(next) || next.lower.hasSuffix("ed")
    }

    func roleSpan(_ tokens: Range<Int>) -> PartySpan {
        let range = words.tokens[tokens.lowerBound].range.lowerBound..<words.tokens[tokens.upperBound - 1].range.upperBound
        return PartySpan(tokens: tokens, range: range, entity: linkedPerson(tokens), text: sentence.text.scalarSlice(range))
    }

    /// `the Kremlin spokesman`: the one person of the article whose role has these title words
    /// (and, when both say it, the same affiliation). An indefinite or counted phrase links to no one.
    func linkedPerson(_ tokens: Range<Int>) -> Int? {
        let first = words.tokens[tokens.lowerBound].lower
        let head = words.tokens[tokens.upperBound - 1].lower
        guard first != "a", first != "an", !roles.isStarter(first) || clause.determiners.contains(first) else { return nil }
        let phrase = Set(words.tokens[tokens].map(\.lower))
        let modifiers = words.tokens[tokens].filter(\.isCapitalized).map(\.lower)
        let found = rolePeople.filter { person in
            person.roles.contains { role in
                // Capitalized title words must be there (`Defense Minister`); words the text
                // wrote lowercase only describe (`presidential spokesman`).
                let title = role.title.split(separator: " ").map(String.init)
                guard title.last?.lowercased() == head,
                    title.dropLast().allSatisfy({ $0.first?.isUppercase != true || phrase.contains($0.lowercased()) })
                else { return false }
                guard let affiliation = role.affiliation?.lowercased(), !modifiers.isEmpty else { return true }
                return modifiers.contains { affiliation.contains($0) || $0.hasPrefix(affiliation.prefix(4)) }
            }
        }
        return found.count == 1 ? found[0].id : nil
    }

    /// `the Kremlin spokesman said`, `Reyes aides said`: a name followed by role words only
    /// qualifies the role, which is the party.
    func mergingRoles() -> [PartySpan] {
        parties.map { span in
            guard !span.isPronoun, !span.isAudience else { return span }
            var i = span.tokens.upperBound
            var end: Int?
            while i < words.tokens.count, i - span.tokens.upperBound < 3 {
                let t = words.tokens[i]
                guard t.isWord, !t.isCapitalized, !clause.prepositions.contains(t.lower), !clause.joiners.contains(t.lower),
                    !clause.determiners.contains(t.lower), !isVerbLike(t), !words.isPossessive(i)
                else { break }
                if roles.heads.contains(t.lower) { end = i + 1 }
                i += 1
            }
            guard let end, endsRolePhrase(at: end, scanned: i) else { return span }
            var start = span.tokens.lowerBound
            if start > 0, ["the", "a", "an"].contains(words.tokens[start - 1].lower) { start -= 1 }
            return roleSpan(start..<end)
        }
    }

    /// Whether `span` is the employer named in the role of the person right after it: the
    /// lower-case words between them end that person's role ("press secretary").
    static func isEmployer(_ span: PartySpan, of next: PartySpan, gap: ArraySlice<SentenceWords.Token>, entities: [Entity]) -> Bool {
        guard !span.isPronoun, !gap.isEmpty, gap.count <= 4, gap.allSatisfy({ $0.isWord && !$0.isCapitalized }),
            let person = next.entity, entities.indices.contains(person), entities[person].kind == .person,
            let employer = span.entity, entities.indices.contains(employer), entities[employer].kind != .person
        else { return false }
        let words = gap.map(\.lower).joined(separator: " ")
        return entities[person].roles.contains { $0.title.lowercased().hasSuffix(words) }
    }

    /// How many words right before `party` are the end of that person's known role
    /// ("press secretary" before Ann Lee, whose role is "White House press secretary").
    func roleTailLength(before party: PartySpan) -> Int {
        guard let id = party.entity, let person = rolePeople.first(where: { $0.id == id }) else { return 0 }
        var best = 0
        for role in person.roles {
            let title = role.title.lowercased().split(separator: " ").map(String.init)
            var n = 0
            while n < title.count, party.tokens.lowerBound - 1 - n >= 0,
                words.tokens[party.tokens.lowerBound - 1 - n].lower == title[title.count - 1 - n]
            {
                n += 1
            }
            best = max(best, n)
        }
        return best
    }
}
