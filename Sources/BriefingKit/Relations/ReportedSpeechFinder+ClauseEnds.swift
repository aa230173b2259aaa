/// Where a reported clause stops: before a direct quote it runs into, before a clause joined
/// with a speaker of its own, and whether a cue after a comma closes the statement before it.
extension ReportedSpeechFinder {
    /// `insisted it was "premature" while adding, "..."`: a reported clause that runs into a
    /// direct quote already attributed ends before it, and before the participle that adds it.
    func beforeDirectQuote(_ content: Range<Int>, in reader: ClauseReader, taken: [Range<Int>]) -> Range<Int> {
        let words = reader.words
        let base = reader.sentence.range.lowerBound
        let clause = (base + words.tokens[content.lowerBound].range.lowerBound)..<(base + words.tokens[content.upperBound - 1].range.upperBound)
        guard let direct = taken.filter({ clause.contains($0.lowerBound) && $0.lowerBound > clause.lowerBound }).map(\.lowerBound).min()
        else { return content }
        var cut = words.index(atOrAfter: direct - base - 1)
        // Back to the participle or say-verb that introduces the direct quote, and its `while`.
        if let adding = finder.cues(in: reader, tokens: content.lowerBound..<cut).last(where: { $0.text.hasSuffix("ing") }) {
            cut = adding.tokens.lowerBound
            if cut > content.lowerBound, ["while", "as", "before", "after", "and"].contains(words.tokens[cut - 1].lower) { cut -= 1 }
        }
        let end = words.clauseEnd(cut, floor: content.lowerBound)
        return content.lowerBound..<max(content.lowerBound, end)
    }

    /// `X warned that it is broke, and Lee said the plan is "dead"`: a clause joined after a
    /// comma with a speaker and cue of its own is not part of the first report.
    func beforeOtherSpeaker(_ content: Range<Int>, cues: [SpeakerFinder.Cue], in reader: ClauseReader) -> Range<Int> {
        let words = reader.words
        for cue in cues where cue.tokens.lowerBound > content.lowerBound && cue.tokens.lowerBound < content.upperBound && !cue.isSourceFirst {
            // (`calls for a ban, noting he has "..."`: a participle of a say-verb after a comma
            // reports a statement of its own.)
            let before = cue.tokens.lowerBound - 1
            if cue.isParticiple, words.tokens[before].text == ",", words.openQuote(before: before) == nil, isBareParticiple(cue, words) {
                return content.lowerBound..<before
            }
            // (The subject: a party right after `, and` (past title words), just before the cue.)
            guard let comma = words.tokens[content.lowerBound..<cue.tokens.lowerBound].lastIndex(where: { $0.text == "," }),
                comma + 2 < cue.tokens.lowerBound, ["and", "but"].contains(words.tokens[comma + 1].lower),
                let subject = reader.parties.first(where: {
                    $0.tokens.lowerBound >= comma + 2 && $0.tokens.upperBound <= cue.tokens.lowerBound && cue.tokens.lowerBound - $0.tokens.upperBound <= 1
                }),
                words.tokens[(comma + 2)..<subject.tokens.lowerBound].allSatisfy(\.isCapitalized)
            else { continue }
            return content.lowerBound..<comma
        }
        return content
    }

    /// `said the mayor`, `said a senior official`: a party (no pronoun: `said the rallies scared
    /// him` names no one) right after the cue, past lowercase words only.
    func namesSpeaker(after cue: SpeakerFinder.Cue, in reader: ClauseReader) -> Bool {
        guard let object = reader.object(at: cue.tokens.upperBound), !object.isPronoun else { return false }
        return !reader.words.tokens[cue.tokens.upperBound..<object.tokens.lowerBound].contains { reader.isVerbLike($0) }
    }

    /// Whether the cue's speaker and the cue close the sentence (`..., Yerevan said.`), with no
    /// quotation before it (that one is a direct quote's cue; scare quotes don't count).
    func tailIsAttribution(_ cue: SpeakerFinder.Cue, _ reader: ClauseReader, end: Int, quoted: [Range<Int>]) -> Bool {
        let words = reader.words
        let rest = words.tokens[cue.tokens.upperBound..<end]
        // `..., said Dr. Jane Doe, a harbour expert.` may run a little longer.
        let verb = words.tokens[cue.tokens.lowerBound].lower
        guard finder.speech.bareClause.contains(verb) || finder.speech.inverting.contains(verb) else { return false }
        // (`..., said Dr. Jane Doe`, not `Lee, speaking on Monday, said the port ...`.)
        let inverted = words.isAfterComma(cue.tokens.lowerBound)
            && finder.speech.inverting.contains(verb) && cue.tokens.upperBound < end
            && (words.tokens[cue.tokens.upperBound].isCapitalized || namesSpeaker(after: cue, in: reader))
        // `Lee, who teaches at Lund, said the rallies scared him`: a comma right before a cue
        // that names no one after it closes an aside, and the clause after the cue (past any
        // time words; not `said in a statement`) is what was said.
        let clauseStart = finder.pastTimeWords(from: cue.tokens.upperBound, in: reader)
        if !inverted, words.isAfterComma(cue.tokens.lowerBound), end - clauseStart >= 2,
            !finder.clause.prepositions.contains(words.tokens[clauseStart].lower)
        {
            return false
        }
        // A double-quoted quotation before the cue (not scare quotes) makes it that quote's cue.
        let base = reader.sentence.range.lowerBound
        let quotesBefore = words.tokens[..<cue.tokens.lowerBound].contains { $0.text == "“" || $0.text == "\"" }
            && quoted.contains { $0.overlaps(base..<(base + words.tokens[cue.tokens.lowerBound].range.lowerBound)) }
        // `Lee's partner, Ann Kim, said the race was unsafe`: a verb before any comma makes
        // what follows the cue a clause of its own, not the tail of an attribution.
        let clauseFollows = rest.prefix { $0.text != "," }.contains { reader.isVerbLike($0) }
        // `..., Lee said Wednesday morning on the Gazette's "Morning Show."`: when and where.
        let afterTime = finder.pastTimeWords(from: cue.tokens.upperBound, in: reader)
        let setting = afterTime > cue.tokens.upperBound && afterTime < end
            && finder.clause.prepositions.contains(words.tokens[afterTime].lower)
        // `..., she said it "helps" her`: quoted words after the cue are what was said.
        let quotesAfter = !setting && !inverted && rest.contains { SentenceWords.openingMarks.contains($0.text) }
        // (`..., said strategist Ann Lee, a longtime ally who ...`: a name set off after the cue
        // may carry an appositive of any length.)
        let namedThenSetOff = inverted && reader.parties.first(where: {
            $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.lowerBound - cue.tokens.upperBound <= 3 && !$0.isAudience
        }).map { $0.tokens.upperBound < end && words.tokens[$0.tokens.upperBound].text == "," } == true
        return (rest.count <= 6 || (inverted && rest.count <= 12) || (setting && rest.count <= 14) || namedThenSetOff)
            && !rest.contains { $0.lower == "that" } && !quotesBefore
            && !clauseFollows && !quotesAfter
    }
}
