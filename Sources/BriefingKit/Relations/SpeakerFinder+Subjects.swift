/// Whose words a cue reports when the nearest name is not the speaker: a participle after a tail
/// cue, `Lee's office said`, a name after `said` that opens the reported clause, an appositive
/// closing before the cue.
extension SpeakerFinder {
    /// `..., Reid said (on Monday), adding`: the say-cue a participle directly follows, set off
    /// by a comma with at most a short phrase of time or place (no verb) between them.
    func tailCue(before participle: Cue, in reader: ClauseReader, floor: Int) -> Cue? {
        let words = reader.words
        let comma = participle.tokens.lowerBound - 1
        guard comma > floor, words.tokens[comma].text == ",",
            let said = cues(in: reader, tokens: floor..<comma).last, !said.isParticiple, !said.isSourceFirst,
            // (A say-verb: `posted a Twitter comment of her own, saying` has a noun for its last cue.)
            case let verb = words.tokens[said.tokens.lowerBound].lower, speech.bareClause.contains(verb) || speech.inverting.contains(verb),
            !Self.isRelativeClauseCue(said, in: words), comma - said.tokens.upperBound <= 5,
            words.tokens[said.tokens.upperBound..<comma].allSatisfy({ $0.isWord && !reader.isVerbLike($0) })
        else { return nil }
        // (`posted a comment, saying`: an object between is no time or place.)
        if said.tokens.upperBound < comma {
            let next = words.tokens[said.tokens.upperBound]
            guard clause.prepositions.contains(next.lower) || clause.timeOpeners.contains(next.lower) else { return nil }
        }
        return said
    }

    /// The speaker of a tail cue: its subject right before it, or the name right after it when a
    /// comma sets the cue off (`..., said Reid on Monday, adding`).
    func tailSpeaker(_ said: Cue, in reader: ClauseReader, floor: Int) -> PartySpan? {
        guard let speaker = speaker(for: said, in: reader, floor: floor, inverted: true), !speaker.isAudience else { return nil }
        if speaker.tokens.upperBound <= said.tokens.lowerBound { return speaker }
        let before = said.tokens.lowerBound - 1
        return before >= 0 && reader.words.tokens[before].text == "," ? speaker : nil
    }

    /// `Lee's office said`: a possessor and the noun it owns, right before a say-verb that is no
    /// noun (not `Lee's latest comments`, `Lee's claims`).
    func ownedPhrase(before cue: Cue, in reader: ClauseReader, floor: Int) -> PartySpan? {
        let verb = reader.words.tokens[cue.tokens.lowerBound].lower
        guard speech.bareClause.contains(verb), verb == "says" || !verb.hasSuffix("s"), let owner = reader.parties.last(where: {
            $0.tokens.lowerBound >= floor && $0.tokens.upperBound < cue.tokens.lowerBound && !$0.isPronoun && reader.ownsNoun($0)
        }), let phrase = possessed(by: owner, in: reader), phrase.tokens.upperBound == cue.tokens.lowerBound
        else { return nil }
        return phrase
    }

    /// `Reid, an expert on ports, said`, `Reid, who advised Lee, said`: whether the comma before
    /// the cue closes an aside set off after a name.
    func closesAppositive(before cue: Cue, in reader: ClauseReader, floor: Int) -> Bool {
        let words = reader.words
        let close = cue.tokens.lowerBound - 1
        guard close > floor, words.tokens[close].text == ",",
            let open = words.tokens[max(floor, close - 16)..<close].lastIndex(where: { !$0.isWord }), open + 1 < close,
            words.tokens[open].text == ",",
            ["a", "an", "the", "who", "whose", "which", "his", "her", "its", "their"].contains(words.tokens[open + 1].lower)
        else { return false }
        let end = reader.nameEnd(before: open)
        return reader.parties.contains { $0.tokens.upperBound == end && !$0.isAudience && !$0.isPronoun }
    }

    /// Whether the party (with any coordinated after it: `A and B`) is followed by its own
    /// predicate (`said Lee has ...`, `said Acme so far has ...`): by a lower-case word that is
    /// no preposition, time word or relative pronoun (`said Lee in a statement`, `said Lee,`).
    func opensClause(_ party: PartySpan, in reader: ClauseReader) -> Bool {
        let words = reader.words
        var end = party.tokens.upperBound
        while end + 1 < words.tokens.count, ["and", "or", ","].contains(words.tokens[end].lower),
            let next = reader.parties.first(where: { $0.tokens.lowerBound == end + 1 })
        { end = next.tokens.upperBound }
        guard end < words.tokens.count else { return false }
        var next = words.tokens[end]
        // `said Lee "knew the port ..."`: quoted words going on with her predicate.
        if ["“", "\"", "''"].contains(next.text), end + 1 < words.tokens.count, words.tokens[end + 1].isWord {
            next = words.tokens[end + 1]
        }
        if reader.isVerbLike(next) { return true }
        return next.isWord && !next.isCapitalized && !clause.prepositions.contains(next.lower)
            && !clause.timeOpeners.contains(next.lower) && !["who", "whose", "which", "and", "or"].contains(next.lower)
    }

    /// Words that open a subordinate clause fronted before the main one.
    static let subordinators: Set<String> = [
        "when", "after", "before", "while", "since", "because", "although", "though", "if", "once", "until", "unless",
        "whereas", "as",
    ]

    /// `When Lee was named a delegate, ...`: the comma that closes the subordinate clause
    /// opening the sentence, when `party` stands inside it and the cue comes after it.
    func frontedClauseEnd(after party: PartySpan, before cue: Cue, in reader: ClauseReader, floor: Int) -> Int? {
        let words = reader.words
        let opening = max(floor, reader.bodyStart)
        // (`..., when Lee, who ..., called`: a comma opening an aside closes nothing.)
        guard opening < party.tokens.lowerBound, Self.subordinators.contains(words.tokens[opening].lower),
            let comma = words.tokens[opening..<cue.tokens.lowerBound].firstIndex(where: { $0.text == "," }),
            party.tokens.upperBound <= comma, comma + 1 < cue.tokens.lowerBound,
            !["who", "whose", "which"].contains(words.tokens[comma + 1].lower)
        else { return nil }
        return comma
    }

    /// `was asked`, `had been told`: a past-participle cue after a form of `be` (adverbs aside).
    func isPassive(_ cue: Cue, in reader: ClauseReader) -> Bool {
        let words = reader.words
        let verb = words.tokens[cue.tokens.lowerBound].lower
        guard cue.tokens.count == 1, verb.hasSuffix("ed") || ["told", "written"].contains(verb) else { return false }
        var k = cue.tokens.lowerBound - 1
        while k > 0, clause.verbAdverbs.contains(words.tokens[k].lower) || isAdverb(words.tokens[k]) { k -= 1 }
        return k >= 0 && ["was", "were", "been", "being", "is", "are", "be"].contains(words.tokens[k].lower)
    }
}
