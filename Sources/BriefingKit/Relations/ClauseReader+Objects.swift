/// Objects of a cue: the party right after it, or several coordinated ones.
extension ClauseReader {
    /// The party (or audience) that starts within a few title or article words of `index`:
    /// `the Saudi foreign minister Adel al-Jubeir`, `his counterpart, Ariel Sharon,`.
    /// With `keepText`, an unnamed noun phrase (`the defense minister`) stands as text.
    public func object(at index: Int, keepText: Bool = false) -> PartySpan? {
        if let audience = audience(at: index) { return ownedPerson(audience) ?? audience }
        var i = index
        var lowercaseSkipped = 0
        while i < words.tokens.count, i - index < 8 {
            // `his counterpart`, `Falcao's mother`: a possessor is not the party; `CNN's Rita Vos`
            // is hers.
            if let party = party(at: i), !isPossessivePronoun(party) {
                if let owned = ownedPerson(party) { return owned }
                guard ownsNoun(party) else { return party }
                i = party.tokens.upperBound + 1
                continue
            }
            let t = words.tokens[i]
            // `his counterpart, Ariel Sharon,`: an appositive names the phrase.
            if t.text == ",", i > index, i + 1 < words.tokens.count, let named = party(at: i + 1),
                named.tokens.upperBound >= words.tokens.count || !isVerbLike(words.tokens[named.tokens.upperBound])
            {
                return named
            }
            // `of` only inside a title (`Secretary of State`, `the leader of X`), not after a
            // common noun (`the tomb of X`).
            let titleOf = t.lower == "of" && i > index
                && (words.tokens[i - 1].isCapitalized || roles.heads.contains(words.tokens[i - 1].lower))
            guard t.isWord, !clause.prepositions.contains(t.lower) || titleOf,
                !clause.joiners.contains(t.lower) || clause.determiners.contains(t.lower), !isVerbLike(t),
                !clause.timeOpeners.contains(t.lower) || i == index
            else { break }
            if !t.isCapitalized && !clause.determiners.contains(t.lower) && t.lower != "of" {
                lowercaseSkipped += 1
                if lowercaseSkipped > 3 { break }
            }
            i += 1
        }
        guard keepText, i > index else { return nil }
        // An unnamed phrase: it must open with an article or a capital and hold a noun.
        var end = i
        while end > index, !words.tokens[end - 1].isWord || words.tokens[end - 1].lower == "of" { end -= 1 }
        // `talks with the rebels faltered`: a past-tense verb after the noun starts a new clause.
        while end > index + 2, !words.tokens[end - 1].isCapitalized, words.tokens[end - 1].lower.hasSuffix("ed"),
            words.tokens[end - 2].lower.hasSuffix("s")
        {
            end -= 1
        }
        let first = words.tokens[index]
        // `five intelligence agents`: a number or quantifier opens a phrase too.
        guard end > index, clause.determiners.contains(first.lower) || first.isCapitalized || roles.isStarter(first.lower),
            !clause.determiners.contains(words.tokens[end - 1].lower)
        else { return nil }
        let range = words.tokens[index].range.lowerBound..<words.tokens[end - 1].range.upperBound
        return PartySpan(
            tokens: index..<end, range: range, entity: linkedPerson(index..<end),
            text: words.text(index..<end))
    }

    /// The objects from `index` on: one party or several coordinated (`A, B and C`).
    public func objects(from index: Int, keepText: Bool = false) -> [PartySpan] {
        // A nominative pronoun opens a reported clause (`told jurors he met`), never an object.
        guard let first = object(at: index, keepText: keepText), !isNominative(first) else { return [] }
        var list = [first]
        var i = first.tokens.upperBound
        while i < words.tokens.count {
            var j = i
            var viaComma = false
            if words.tokens[j].text == "," { viaComma = true; j += 1 }
            if j < words.tokens.count, clause.coordinators.contains(words.tokens[j].lower) {
                viaComma = false
                j += 1
            } else if j < words.tokens.count, words.matches(["as", "well", "as"], at: j) {
                viaComma = false
                j += 3
            }
            guard j > i, j < words.tokens.count, let next = object(at: j, keepText: keepText) else { break }
            // `..., Yerevan said` or `and Aliyev met ...`: a new clause, not one more object.
            let after = next.tokens.upperBound
            if after < words.tokens.count, isVerbLike(words.tokens[after])
                || (words.tokens[after].lower == "also" || words.tokens[after].lower == "then")
            { break }
            if viaComma, next.isAudience { break }
            // `A, B and C`: a name after a bare comma only counts when the list goes on.
            if viaComma, after >= words.tokens.count
                || !(words.tokens[after].text == "," || clause.coordinators.contains(words.tokens[after].lower))
            { break }
            list.append(next)
            i = next.tokens.upperBound
        }
        return list
    }
}
