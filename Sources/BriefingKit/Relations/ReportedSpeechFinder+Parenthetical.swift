/// A cue set off by commas inside the statement it attributes: `The plan, Lee said, "is dead"
/// for now.`, `"Most of it comes from" tides, he said, rather than from fees.` What was said is
/// the sentence around the cue.
extension ReportedSpeechFinder {
    /// The statement's tokens before and after `, SUBJECT said,`, when the cue is set off that
    /// way, both sides hold words, and one side has words outside quotation marks (`"A," he
    /// said, "B."` is a split quotation, not this).
    public func parenthetical(_ cue: SpeakerFinder.Cue, in reader: ClauseReader) -> (left: Range<Int>, right: Range<Int>)? {
        let words = reader.words
        let end = words.clauseEnd(words.tokens.count)
        var after = finder.pastTimeWords(from: cue.tokens.upperBound, in: reader)
        guard !cue.isParticiple, !cue.isSourceFirst,
            let comma = words.tokens[..<cue.tokens.lowerBound].lastIndex(where: { $0.text == "," }), comma >= 2
        else { return nil }
        // The subject between the commas (`Ms. Lee`, `he`, `the mayor`): before the cue, or
        // after it (`The tone, said Mr Lee, will be calm`).
        var subject = (comma + 1)..<cue.tokens.lowerBound
        if subject.isEmpty, finder.speech.inverting.contains(words.tokens[cue.tokens.lowerBound].lower),
            let close = words.tokens[cue.tokens.upperBound..<end].firstIndex(where: { $0.text == "," }),
            close - cue.tokens.upperBound <= 5
        {
            subject = cue.tokens.upperBound..<close
            after = close
        }
        guard after < end, words.tokens[after].text == ",", after + 2 < end, !subject.isEmpty, subject.count <= 5
        else { return nil }
        func verbal(_ t: SentenceWords.Token) -> Bool {
            (reader.isVerbLike(t) && !finder.clause.auxiliaries.contains(t.lower)) || (!t.isCapitalized && t.lower.hasSuffix("ed"))
        }
        // (`..., furrowed his brow and said, "..."`: a verb phrase, no subject.)
        guard subject.allSatisfy({ words.tokens[$0].isWord || words.isPossessive($0) }),
            !subject.contains(where: { verbal(words.tokens[$0]) }),
            !subject.contains(where: { finder.clause.joiners.contains(words.tokens[$0].lower) && !finder.clause.determiners.contains(words.tokens[$0].lower) })
        else { return nil }
        // What follows goes on with the statement, not another cue's clause or an aside.
        let next = words.tokens[after + 1]
        guard next.isWord || SentenceWords.openingMarks.contains(next.text),
            finder.cues(in: reader, tokens: (after + 1)..<min(end, after + 2)).isEmpty, !next.lower.hasSuffix("ing"),
            !["who", "which", "whose", "a", "an", "the", "and", "but", "adding", "according"].contains(next.lower)
        else { return nil }
        let left = 0..<comma
        let right = (after + 1)..<end
        guard words.tokens[left].contains(where: \.isWord), words.tokens[right].contains(where: \.isWord) else { return nil }
        let quoted = Self.quotedTokens(words)
        // (`He said he had not seen it, and when asked, he said, "..."`: the words before are
        // a statement or clause of their own.)
        let clauseWords = finder.clause.fronting.union(["if", "because", "although"])
        guard !left.contains(where: { !quoted[$0] && clauseWords.contains(words.tokens[$0].lower) }),
            finder.cues(in: reader, tokens: left).allSatisfy({ quoted[$0.tokens.lowerBound] })
        else { return nil }
        let leftPlain = left.contains { words.tokens[$0].isWord && !quoted[$0] }
        let rightPlain = right.contains { words.tokens[$0].isWord && !quoted[$0] }
        guard leftPlain || rightPlain else { return nil }
        // (`Asked about the port, he replied, "..."`: a fronted phrase, then the quotation the
        // cue introduces; the statement needs a noun phrase before the cue.)
        if !rightPlain {
            let first = words.tokens[0]
            let nounPhrase = finder.clause.determiners.contains(first.lower)
                || (first.isCapitalized && !finder.clause.joiners.contains(first.lower) && !finder.clause.prepositions.contains(first.lower)
                    && !first.lower.hasSuffix("ed") && !first.lower.hasSuffix("ing"))
            guard nounPhrase else { return nil }
        }
        return (left, right)
    }

    /// For each token, whether it stands inside quotation marks.
    static func quotedTokens(_ words: SentenceWords) -> [Bool] {
        var open = false
        var inside: [Bool] = []
        for token in words.tokens {
            switch token.text {
            case "“": inside.append(open); open = true
            case "”": inside.append(open); open = false
            case "\"", "''": inside.append(open); open.toggle()
            default: inside.append(open)
            }
        }
        return inside
    }

    /// The parenthetical statement as a quote's body range and text (`left right`, without the
    /// cue between).
    func parentheticalStatement(_ parts: (left: Range<Int>, right: Range<Int>), in reader: ClauseReader) -> (range: Range<Int>, text: String) {
        let words = reader.words
        let base = reader.sentence.range.lowerBound
        let lower = base + words.tokens[parts.left.lowerBound].range.lowerBound
        let upper = base + words.tokens[parts.right.upperBound - 1].range.upperBound
        return (lower..<upper, words.text(parts.left) + " " + words.text(parts.right))
    }
}
