/// Possessors in object position: `his counterpart` and `Falcao's mother` name someone else.
extension ClauseReader {
    /// `Falcao's mother` (not `Putin's spokesman Dmitry Peskov`, where the name is the party):
    /// a name owning the common noun after it.
    func ownsNoun(_ party: PartySpan) -> Bool {
        let next = party.tokens.upperBound + 1
        guard words.isPossessive(party.tokens.upperBound), next < words.tokens.count else { return false }
        let noun = words.tokens[next]
        return noun.isWord && !noun.isCapitalized
    }

    /// `CNN's Rita Vos`, `Norway's Prime Minister Ada Lund`: the person a possessor owns, past a
    /// few title words; nil when the possessor owns no named person.
    func ownedPerson(_ party: PartySpan) -> PartySpan? {
        guard words.isPossessive(party.tokens.upperBound) else { return nil }
        var k = party.tokens.upperBound + 1
        while k < words.tokens.count, k <= party.tokens.upperBound + 4 {
            if let owned = self.party(at: k) { return owned.kind == .person ? owned : nil }
            guard words.tokens[k].isWord, words.tokens[k].isCapitalized else { return nil }
            k += 1
        }
        return nil
    }

    /// `his counterpart`, `her meeting` (not `met her and ...`): a pronoun owning the next noun.
    func isPossessivePronoun(_ party: PartySpan) -> Bool {
        let word = words.tokens[party.tokens.lowerBound].lower
        guard party.isPronoun, clause.determiners.contains(word) else { return false }
        let next = party.tokens.upperBound
        guard next < words.tokens.count else { return false }
        let t = words.tokens[next]
        return word != "her" || (t.isWord && !clause.coordinators.contains(t.lower) && !clause.prepositions.contains(t.lower)
            && !clause.joiners.contains(t.lower))
    }
}
