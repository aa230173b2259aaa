/// Asides set off between a clause's subject and its verb, whose names are no subjects.
extension ClauseReader {
    /// `Quill, after previous Varden rallies, wrote`: the name before an aside that a preposition
    /// or a subordinator opens, set off right before the verb (names inside it are no subjects).
    func subjectBeforeAside(cue: Int, floor: Int) -> PartySpan? {
        let close = cue - 1
        guard close > floor, Self.setOffMarks.contains(words.tokens[close].text),
            let open = words.tokens[max(floor, close - 16)..<close].lastIndex(where: { Self.setOffMarks.contains($0.text) }),
            open > floor, open + 1 < close,
            case let opener = words.tokens[open + 1].lower, clause.prepositions.contains(opener) || clause.fronting.contains(opener),
            parties.contains(where: { $0.tokens.lowerBound > open && $0.tokens.upperBound <= close }),
            let antecedent = parties.last(where: { $0.tokens.upperBound == nameEnd(before: open) }),
            !antecedent.isAudience, isSubjectPosition(antecedent)
        else { return nil }
        return personBefore(antecedent)
    }
}
