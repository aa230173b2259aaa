/// Participles with a subject of their own: `with Lee shouting`, `with one of her ads asking`.
extension SpeakerFinder {
    /// `..., with Lee reportedly shouting: "..."`: a participle after `with X` has X as its
    /// own subject.
    func withSubject(of cue: Cue, in reader: ClauseReader) -> PartySpan? {
        let words = reader.words
        guard words.tokens[cue.tokens.lowerBound].lower.hasSuffix("ing") else { return nil }
        var end = cue.tokens.lowerBound
        while end > 0, !words.tokens[end - 1].isCapitalized,
            clause.verbAdverbs.contains(words.tokens[end - 1].lower) || words.tokens[end - 1].lower.hasSuffix("ly")
        { end -= 1 }
        if let party = reader.parties.last(where: { $0.tokens.upperBound == end }), !party.isAudience {
            // (`with Senator Ann Lee telling reporters`: titles between.)
            var k = party.tokens.lowerBound
            while k > 0, words.tokens[k - 1].isCapitalized, party.tokens.lowerBound - k < 4 { k -= 1 }
            if k > 0, words.tokens[k - 1].lower == "with" { return party }
        }
        // `with one of her ads asking`: an unnamed phrase after `with` (no verb in it).
        if end > 1, let with = words.tokens[max(0, end - 7)..<end].lastIndex(where: { $0.lower == "with" }), with + 1 < end,
            words.tokens[(with + 1)..<end].allSatisfy({ $0.isWord && !reader.isVerbLike($0) }),
            !reader.parties.contains(where: { $0.tokens.overlaps((with + 1)..<end) }), clause.determiners.contains(words.tokens[with + 1].lower)
                || clause.quantifiers.contains(words.tokens[with + 1].lower)
        {
            return phrase((with + 1)..<end, in: words)
        }
        // `with Lee waving a flag and asking, "..."`: coordinated with the participle before.
        guard end > 0, ["and", ","].contains(words.tokens[end - 1].lower),
            let earlier = cues(in: reader, tokens: 0..<(end - 1)).last(where: { words.tokens[$0.tokens.lowerBound].lower.hasSuffix("ing") })
                ?? participle(before: end - 1, in: reader)
        else { return nil }
        return withSubject(of: earlier, in: reader)
    }

    /// `with Lee waving a flag and ...`: the nearest -ing word before `limit` that follows a
    /// name after `with`, read as a participle cue.
    func participle(before limit: Int, in reader: ClauseReader) -> Cue? {
        let words = reader.words
        guard let k = words.tokens[..<limit].lastIndex(where: { $0.lower.hasSuffix("ing") && !$0.isCapitalized }), k > 0,
            reader.parties.contains(where: { $0.tokens.upperBound == k })
        else { return nil }
        return Cue(tokens: k..<(k + 1), text: words.tokens[k].text, isParticiple: true, isSourceFirst: false)
    }
}
