/// The unnamed noun phrase that opens a cue's clause, when no name or short phrase speaks:
/// `Backers of the new toll, however, say`, `A 2019 harbour board advisory note added`,
/// `One docker, who asked not to be named, said`, `Another source familiar with X's thinking said`.
extension SpeakerFinder {
    /// Prepositions that attach a post-modifier to a speaker's noun (`backers of the toll`,
    /// `a spokesman for the port`, `a source familiar with the talks`).
    static let postModifiers: Set<String> = ["of", "for", "at", "with", "from", "in", "on"]

    /// Words that open an aside set off by commas between a subject and its verb.
    static let asideOpeners: Set<String> = ["who", "whose", "which", "however", "though", "like", "meanwhile", "too"]

    /// The noun phrase from the start of the cue's clause to the cue, past auxiliaries, adverbs
    /// and one aside set off by commas; at most one post-modifying preposition inside it.
    func clauseSubjectPhrase(before cue: Cue, in reader: ClauseReader, floor: Int) -> PartySpan? {
        let words = reader.words
        // (`could only quip`: past adverbs, auxiliaries and modals.)
        var stop = verbGroupStart(cue, in: words, floor: floor, modals: true)
        // `, however,` / `, who asked not to be named ...,` / `, a friend of the mayor's,`: an
        // aside between subject and verb.
        if stop - 1 > floor, words.tokens[stop - 1].text == ",",
            let open = words.tokens[floor..<(stop - 1)].lastIndex(where: { $0.text == "," }), open > floor,
            Self.asideOpeners.contains(words.tokens[open + 1].lower) || clause.prepositions.contains(words.tokens[open + 1].lower)
                || ["a", "an", "the"].contains(words.tokens[open + 1].lower)
        {
            stop = open
        }
        if let phrase = nounPhrase(endingAt: stop, in: reader, floor: floor) { return phrase }
        // `Another docker who asked not to be named said`: a relative clause run in.
        for who in floor..<stop where words.tokens[who].lower == "who" && who > floor && words.tokens[who - 1].isWord {
            if let phrase = nounPhrase(endingAt: who, in: reader, floor: floor) { return phrase }
        }
        return nil
    }

    /// The noun phrase that ends at token `stop` and opens its clause, with at most one
    /// post-modifying preposition inside it.
    func nounPhrase(endingAt stop: Int, in reader: ClauseReader, floor: Int) -> PartySpan? {
        let words = reader.words
        var start = stop
        var prepositions = 0
        while start > floor {
            let t = words.tokens[start - 1]
            if words.isPossessive(start - 1), start - 1 > floor { start -= 1; continue }
            guard t.isWord else { break }
            if clause.prepositions.contains(t.lower) {
                // One post-modifier, after a noun (`backers of`), never opening the phrase.
                guard Self.postModifiers.contains(t.lower), prepositions == 0, start - 2 >= floor, start < stop,
                    words.tokens[start - 2].isWord, !clause.determiners.contains(words.tokens[start - 2].lower),
                    !reader.isVerbLike(words.tokens[start - 2]), !clause.prepositions.contains(words.tokens[start - 2].lower)
                else { break }
                prepositions += 1
                start -= 1
                continue
            }
            guard !clause.joiners.contains(t.lower) || clause.determiners.contains(t.lower),
                !reader.isVerbLike(t) || isNounAfterArticle(start - 1, in: reader), !isAdverb(t), !clause.modals.contains(t.lower)
            else { break }
            start -= 1
            if stop - start > 9 { return nil }
        }
        // (`Small, who ..., said`: one word only as the surname of someone the article names.)
        if stop - start == 1, let known = reader.knownSurname(at: start) { return known }
        guard start < stop, stop - start >= 2 else { return nil }
        // (`Carson shared a syllabus for a class called ...`: a name and a past-tense verb are a
        // clause of their own, no noun phrase.)
        if let name = reader.parties.first(where: { $0.tokens.lowerBound == start && !$0.isPronoun }), name.tokens.upperBound < stop,
            case let next = words.tokens[name.tokens.upperBound], !next.isCapitalized, next.lower.hasSuffix("ed"), next.lower.count > 4
        {
            return nil
        }
        // It opens its clause: the sentence start, after punctuation or a clause word.
        guard start == 0 || !words.tokens[start - 1].isWord || clause.joiners.contains(words.tokens[start - 1].lower) else { return nil }
        let first = words.tokens[start]
        // It reads as a noun phrase: an article or quantifier, a number, a capital, or a plural
        // head before its post-modifier (`Backers of ...`).
        let headEnd = (start..<stop).first { clause.prepositions.contains(words.tokens[$0].lower) } ?? stop
        let head = words.tokens[headEnd - 1].lower
        guard !clause.timeOpeners.contains(first.lower), !clause.prepositions.contains(first.lower),
            clause.determiners.contains(first.lower) || clause.quantifiers.contains(first.lower) || first.isCapitalized
                || first.lower.first?.isNumber == true,
            !clause.determiners.contains(head), !clause.quantifiers.contains(head) || headEnd - start > 1,
            !reader.parties.contains(where: { $0.tokens.overlaps(start..<stop) && $0.isAudience })
        else { return nil }
        return phrase(start..<stop, in: words)
    }

    /// `In two interviews, the harbour master sounded off, saying ...`: the participle's main
    /// clause opens after a fronted phrase and its comma.
    func fronted(before cue: Cue, in reader: ClauseReader, floor: Int) -> PartySpan? {
        let words = reader.words
        // (A past form the lexicons don't list still ends the subject: `sounded off`.)
        func verbal(_ t: SentenceWords.Token) -> Bool {
            reader.isVerbLike(t) || (!t.isCapitalized && t.lower.hasSuffix("ed") && t.lower.count > 4)
        }
        // The clause opens at the sentence start or after a fronted phrase's comma.
        let starts = [floor] + words.tokens[floor..<cue.tokens.lowerBound].indices.filter { words.tokens[$0].text == "," }.map { $0 + 1 }
        for start in starts where start + 1 < cue.tokens.lowerBound {
            // `She followed that by saying`: a pronoun subject the entity layer left unlinked.
            if clause.subjectPronouns.contains(words.tokens[start].lower), verbal(words.tokens[start + 1]) {
                return phrase(start..<(start + 1), in: words)
            }
            guard clause.determiners.contains(words.tokens[start].lower) else { continue }
            var end = start + 1
            while end < cue.tokens.lowerBound, end - start <= 5, words.tokens[end].isWord, !verbal(words.tokens[end]),
                !clause.prepositions.contains(words.tokens[end].lower), !clause.joiners.contains(words.tokens[end].lower)
            { end += 1 }
            guard end > start + 1, end < cue.tokens.lowerBound, verbal(words.tokens[end]),
                !reader.parties.contains(where: { $0.tokens.overlaps(start..<end) })
            else { continue }
            return phrase(start..<end, in: words)
        }
        return nil
    }

    /// Where the cue's verb group starts: back past adverbs (`then`, `repeatedly`), the perfect's
    /// `has`/`had`/`’s`, a progressive's `is`/`was` (`is calling`, `has been telling`) and, with
    /// `modals`, `would`/`could`.
    func verbGroupStart(_ cue: Cue, in words: SentenceWords, floor: Int, modals: Bool) -> Int {
        let progressive = words.tokens[cue.tokens.lowerBound].lower.hasSuffix("ing")
        var stop = cue.tokens.lowerBound
        while stop > floor + 1 {
            let word = words.tokens[stop - 1].lower
            guard clause.verbAdverbs.contains(word) || isAdverb(words.tokens[stop - 1]) || ["has", "have", "had"].contains(word)
                || (modals && clause.modals.contains(word))
                || (progressive && ["is", "are", "was", "were", "been"].contains(word)) || words.isVerbContraction(stop - 1)
            else { break }
            stop -= 1
        }
        return stop
    }
}
