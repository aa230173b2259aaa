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
