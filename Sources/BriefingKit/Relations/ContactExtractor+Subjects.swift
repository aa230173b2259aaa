/// Who a contact cue's unnamed or set-off subject is: a phrase opening the clause, a name set
/// off before the verb, `the pair` after two people, a participle's owner, the subject after a
/// fronted clause.
extension ContactExtractor {
    /// `Five public sector unions will hold talks with X`: an unnamed subject as written, the
    /// noun phrase that opens the clause before its verb.
    func phraseSubject(_ reader: ClauseReader, before cue: Int) -> [PartySpan] {
        let words = reader.words
        var start = cue
        while start > 0, words.tokens[start - 1].isWord, !clause.joiners.contains(words.tokens[start - 1].lower) { start -= 1 }
        var end = start
        while end < cue, words.tokens[end].isWord, !reader.isVerbLike(words.tokens[end]),
            !clause.prepositions.contains(words.tokens[end].lower)
        { end += 1 }
        guard end > start, end - start <= 6, end < cue, reader.isVerbLike(words.tokens[end]),
            words.tokens[start..<end].contains(where: { !clause.determiners.contains($0.lower) })
        else { return [] }
        let range = words.tokens[start].range.lowerBound..<words.tokens[end - 1].range.upperBound
        return [PartySpan(
            tokens: start..<end, range: range, entity: nil,
            text: words.text(start..<end))]
    }

    /// `The mediator, retired judge Oskar Lind, held talks with ...`: a name set off by commas
    /// right before the verb is the subject the role phrase introduces.
    func appositiveSubject(_ reader: ClauseReader, before cue: Int) -> [PartySpan] {
        let words = reader.words
        guard let party = reader.parties.last(where: { $0.tokens.upperBound < cue && !$0.isAudience && $0.entity != nil }),
            words.tokens[party.tokens.upperBound].text == ",", cue - party.tokens.upperBound <= 3,
            words.tokens[(party.tokens.upperBound + 1)..<cue].allSatisfy(\.isWord),
            words.tokens[..<party.tokens.lowerBound].contains(where: { $0.text == "," })
        else { return [] }
        return [party]
    }

    /// `The pair met on the platform`: a subject like `the pair` / `the two men` right before the
    /// cue, after a sentence that named exactly two people together (`A and B arrived`), or in a
    /// later clause of a sentence that named two people (`A praised B when the two met`).
    func namedPair(before cue: Int, in reader: ClauseReader, previous: ClauseReader?, people ids: Set<Int>) -> [PartySpan]? {
        let words = reader.words
        var start = cue
        while start > 0, cue - start < 3, words.tokens[start - 1].isWord, !reader.isVerbLike(words.tokens[start - 1]),
            !clause.joiners.contains(words.tokens[start - 1].lower)
        { start -= 1 }
        // The phrase opens its clause: nothing but punctuation or a clause word before it.
        guard start < cue, start == 0 || !words.tokens[start - 1].isWord || clause.joiners.contains(words.tokens[start - 1].lower),
            words.tokens[start..<cue].contains(where: { clause.pairWords.contains($0.lower) })
        else { return nil }
        // `A praised B when the two met`: the two people this sentence named before.
        let here = reader.parties.filter { $0.tokens.upperBound <= start && !$0.isAudience }
        if !here.isEmpty {
            var named: [Int: PartySpan] = [:]
            for party in here where !party.isPronoun {
                if let id = party.entity, ids.contains(id), named[id] == nil { named[id] = party }
            }
            return named.count == 2 ? named.values.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : nil
        }
        guard let previous else { return nil }
        var people: [Int: PartySpan] = [:]
        for party in previous.parties where !party.isAudience && !party.isPronoun {
            guard let id = party.entity, ids.contains(id) else { continue }
            if people[id] == nil { people[id] = party }
        }
        guard people.count == 2 else { return nil }
        let pair = people.values.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // Named together: `A and B`.
        let between = previous.words.tokens[pair[0].tokens.upperBound..<pair[1].tokens.lowerBound]
        guard between.count == 1, clause.coordinators.contains(between.first?.lower ?? "") else { return nil }
        return pair
    }

    /// `photos show X meeting with Y`: a participle's subject is the name right before it.
    func participleOwner(_ reader: ClauseReader, cue: Int) -> PartySpan? {
        guard cue > 0, reader.words.tokens[cue].lower.hasSuffix("ing") else { return nil }
        return reader.parties.last { $0.tokens.upperBound == cue && !$0.isAudience && !$0.isPronoun }
    }

    /// `After meeting X, Pashinyan said ...`: the subject after the fronted clause's comma.
    func frontedSubject(_ reader: ClauseReader, cue: Int, after index: Int) -> [PartySpan] {
        let words = reader.words
        // Only a clause that opens the sentence, or its part after "and" (no comma before the
        // cue), or one after a time phrase ("In May 2012, in an interview with X,": no verb
        // before the cue); no name before it either way.
        guard !words.tokens[..<cue].contains(where: { $0.text == "," }) || !words.tokens[..<cue].contains(where: { reader.isVerbLike($0) }),
            !reader.parties.contains(where: { $0.tokens.lowerBound < cue })
        else { return [] }
        let start = min(index, words.tokens.count)
        guard let comma = words.tokens[start...].firstIndex(where: { $0.text == "," }),
            let first = reader.parties.first(where: { $0.tokens.lowerBound > comma }),
            words.tokens[(comma + 1)..<first.tokens.lowerBound].allSatisfy({ $0.isWord && !reader.isVerbLike($0) })
        else { return [] }
        return [first]
    }
}
