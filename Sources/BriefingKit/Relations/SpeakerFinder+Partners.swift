/// Speakers that speak together: `Frost and Reid said`, `said Frost, Okafor and Reid`.
extension SpeakerFinder {
    /// `Frost and Reid said`, `Frost, Okafor and Reid said`, `said Frost and Reid`: the entities
    /// coordinated with the speaker, which speak with it. Going back, the pair nearest the
    /// speaker must be joined by `and` (`After meeting Frost, Reid said` is Reid's alone).
    ///
    /// ```swift
    /// finder.partners(of: reidSpan, in: reader)  // [frostID] in "Frost and Reid said: ..."
    /// ```
    public func partners(of speaker: PartySpan, in reader: ClauseReader) -> [Int] {
        let words = reader.words
        guard speaker.entity != nil, !speaker.isPronoun, !speaker.isAudience else { return [] }
        func fits(_ party: PartySpan) -> Bool {
            party.entity != nil && party.entity != speaker.entity && !party.isPronoun && !party.isAudience
                && [.person, .organization, .media, .group].contains(party.kind) && !words.isPossessive(party.tokens.upperBound)
                && !reader.isQuoted(party)
        }
        var found: [Int] = []
        // Back: `A, B and [speaker]`.
        var current = speaker
        while current.tokens.lowerBound >= 2 {
            // (`A and Senator B`: titles between the joiner and the name.)
            var start = current.tokens.lowerBound
            while start > 2, current.tokens.lowerBound - start < 3, words.tokens[start - 1].isCapitalized,
                !reader.parties.contains(where: { $0.tokens.contains(start - 1) })
            { start -= 1 }
            let joiner = words.tokens[start - 1]
            guard joiner.lower == "and" || (joiner.text == "," && !found.isEmpty),
                let previous = reader.parties.last(where: { $0.tokens.upperBound == start - 1 }), fits(previous),
                reader.isSubjectPosition(previous)
            else { break }
            found.append(previous.entity!)
            current = previous
        }
        // On: `[speaker] and B said`, `said [speaker] and B.`
        current = speaker
        while current.tokens.upperBound + 1 < words.tokens.count {
            let joiner = words.tokens[current.tokens.upperBound]
            guard joiner.lower == "and" || joiner.text == ",",
                let next = reader.party(at: current.tokens.upperBound + 1), fits(next)
            else { break }
            // (A comma only in a list that `and` closes: `A, B and C`.)
            if joiner.text == "," {
                guard words.tokens[next.tokens.upperBound...].prefix(2).contains(where: { $0.lower == "and" || $0.text == "," }) else { break }
            }
            found.append(next.entity!)
            current = next
        }
        var seen: Set<Int> = []
        return found.filter { seen.insert($0).inserted }
    }
}
