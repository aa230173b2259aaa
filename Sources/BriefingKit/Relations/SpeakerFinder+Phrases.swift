/// The noun phrases that speak when no name does: `the harbour board said`, `said a veteran
/// Dock Party strategist`, `Lee's deputy ..., saying`, `Analysts say`.
extension SpeakerFinder {
    /// `the Dock Party member said`, `said a veteran Dock Party strategist`: an organization or
    /// place followed by a common noun only describes an unnamed speaker, as does a person's
    /// name after an article (`the Varden campaign said`).
    func isModifier(_ party: PartySpan, in reader: ClauseReader) -> Bool {
        let words = reader.words
        guard let kind = party.kind, party.tokens.upperBound < words.tokens.count else { return false }
        if kind == .person {
            guard !party.isPronoun, party.tokens.lowerBound > 0, ["a", "an", "the"].contains(words.tokens[party.tokens.lowerBound - 1].lower)
            else { return false }
        }
        let next = words.tokens[party.tokens.upperBound]
        return next.isWord && !next.isCapitalized && !reader.isVerbLike(next) && !words.isPossessive(party.tokens.upperBound)
            && !clause.prepositions.contains(next.lower) && !clause.joiners.contains(next.lower)
            && !clause.verbAdverbs.contains(next.lower) && !next.lower.hasSuffix("ly")
            && speech.byFirstWord[next.lower] == nil
    }

    /// `Lee's deputy`: the possessor with the nouns it owns, up to the verb.
    func possessed(by owner: PartySpan, in reader: ClauseReader) -> PartySpan? {
        let words = reader.words
        let first = owner.tokens.upperBound + 1
        var end = first
        while end < words.tokens.count, end - first < 3, words.tokens[end].isWord, !words.tokens[end].isCapitalized,
            !reader.isVerbLike(words.tokens[end]), !clause.prepositions.contains(words.tokens[end].lower),
            !clause.joiners.contains(words.tokens[end].lower), !words.tokens[end].lower.hasSuffix("ed")
        { end += 1 }
        guard end > first else { return nil }
        let range = owner.range.lowerBound..<words.tokens[end - 1].range.upperBound
        return PartySpan(tokens: owner.tokens.lowerBound..<end, range: range, entity: nil, text: reader.sentence.text.scalarSlice(range))
    }

    /// `the Dock Party member`, `a veteran Dock Party strategist`: the noun phrase an
    /// organization or place modifier stands in, from its article to its head noun. With `cue`,
    /// the phrase must reach the cue (auxiliaries and adverbs aside); without, it must end the
    /// clause (`said a Dock Party aide, who ...`). Nil when the words after it read as a verb.
    func describedPhrase(_ modifier: PartySpan, in reader: ClauseReader, before cue: Int?) -> PartySpan? {
        let words = reader.words
        func plain(_ t: SentenceWords.Token) -> Bool {
            t.isWord && !t.isCapitalized && !reader.isVerbLike(t) && !clause.prepositions.contains(t.lower)
                && !clause.joiners.contains(t.lower) && !clause.verbAdverbs.contains(t.lower) && !t.lower.hasSuffix("ly")
                && speech.byFirstWord[t.lower] == nil
        }
        var start = modifier.tokens.lowerBound
        while start > 0, modifier.tokens.lowerBound - start < 3 {
            let t = words.tokens[start - 1]
            if clause.determiners.contains(t.lower) || clause.quantifiers.contains(t.lower) { start -= 1; break }
            guard plain(t) else { break }
            start -= 1
        }
        var end = modifier.tokens.upperBound
        while end < words.tokens.count, end - modifier.tokens.upperBound < 3, plain(words.tokens[end]) { end += 1 }
        if let cue {
            var k = end
            while k < cue, clause.auxiliaries.contains(words.tokens[k].lower) || clause.verbAdverbs.contains(words.tokens[k].lower)
                || words.tokens[k].lower.hasSuffix("ly")
            { k += 1 }
            guard k == cue else { return nil }
        } else if end < words.tokens.count {
            let next = words.tokens[end]
            guard !next.isWord || clause.joiners.contains(next.lower) || clause.prepositions.contains(next.lower) else { return nil }
        }
        return phrase(start..<end, in: words)
    }

    /// `the report concluded`, `said the survey`: a verb form right after an article is a noun.
    func isNounAfterArticle(_ index: Int, in reader: ClauseReader) -> Bool {
        index > 0 && isNounMarker(reader.words.tokens[index - 1].lower)
    }

    /// `recently`, `publicly`: a lower-case -ly word that is not a noun (`family`).
    func isAdverb(_ token: SentenceWords.Token) -> Bool {
        !token.isCapitalized && token.lower.hasSuffix("ly") && token.lower.count > 3 && !clause.lyNouns.contains(token.lower)
    }

    /// `The conservative magazine has ...`: a noun phrase opening the clause with an article,
    /// up to the first verb, naming no one the entity layer knows.
    func openingPhrase(in reader: ClauseReader, floor: Int, before limit: Int) -> PartySpan? {
        let words = reader.words
        guard floor < limit, clause.determiners.contains(words.tokens[floor].lower) else { return nil }
        var end = floor + 1
        while end < limit, end - floor <= 5, words.tokens[end].isWord, !reader.isVerbLike(words.tokens[end]),
            !clause.prepositions.contains(words.tokens[end].lower), !clause.joiners.contains(words.tokens[end].lower)
        { end += 1 }
        guard end > floor + 1, end < limit, reader.isVerbLike(words.tokens[end]),
            !reader.parties.contains(where: { $0.tokens.overlaps(floor..<end) })
        else { return nil }
        return phrase(floor..<end, in: words)
    }

    /// `a source said`, `officials said`: a short noun phrase right before the cue, back to
    /// punctuation or a clause word.
    func phraseBefore(_ cue: Cue, in reader: ClauseReader, floor: Int) -> PartySpan? {
        let words = reader.words
        // `the governor then said`, `the board recently wrote`
        // `the board has (also) said` (not `would say`: a modal's subject is often no speaker)
        var stop = verbGroupStart(cue, in: words, floor: floor, modals: false)
        // `Mr. King, 82, told me`: an age between name and cue.
        if stop >= 3, words.tokens[stop - 1].text == ",", words.tokens[stop - 3].text == ",",
            words.tokens[stop - 2].lower.allSatisfy(\.isNumber)
        {
            stop -= 3
        }
        // `The board, in a statement, said`, `one docker, who asked not to be named, said`: past
        // a prepositional, participle or relative aside.
        if stop >= 2, floor < stop - 1, words.tokens[stop - 1].text == ",",
            let open = words.tokens[max(floor, stop - 9)..<(stop - 1)].lastIndex(where: { $0.text == "," }), open + 1 < stop - 1,
            clause.prepositions.contains(words.tokens[open + 1].lower) || words.tokens[open + 1].lower.hasSuffix("ing")
                || ["who", "whose", "which"].contains(words.tokens[open + 1].lower)
        {
            stop = open
        }
        // `The board less than two weeks ago said`, `the board Monday said`: past a time phrase.
        if stop > floor + 3, words.tokens[stop - 1].lower == "ago" {
            // `[less than] two weeks ago`: the unit, its count, and a comparison before it.
            var k = stop - 2
            let count = words.tokens[k - 1].lower
            if count == "a" || clause.quantifiers.contains(count) || count.first?.isNumber == true { k -= 1 }
            if k > floor + 2, words.tokens[k - 1].lower == "than" { k -= 2 }
            stop = k
        } else if stop > floor + 1, clause.timeOpeners.contains(words.tokens[stop - 1].lower) {
            stop -= 1
        }
        var start = stop
        while start > floor, start > 0 {
            let t = words.tokens[start - 1]
            guard t.isWord, !clause.joiners.contains(t.lower) || clause.determiners.contains(t.lower),
                !reader.isVerbLike(t) || isNounAfterArticle(start - 1, in: reader), !clause.prepositions.contains(t.lower), !isAdverb(t)
            else { break }
            start -= 1
            if stop - start > 4 { return nil }
        }
        guard start < stop else { return nil }
        // `A spokesman for the campaign said`, `Protesters marching through the streets chanted`:
        // a phrase after a preposition is its object; the noun it modifies speaks.
        // (`In a statement announcing ...`: after a preposition opening the clause, no one.)
        if start > floor, clause.prepositions.contains(words.tokens[start - 1].lower) {
            return start - 1 > floor ? modifiedPhrase(before: start - 1, through: stop, in: reader, floor: floor) : nil
        }
        // `Lee's campaign manager says`: the possessed noun phrase speaks.
        if start > floor, words.isPossessive(start - 1),
            let owner = reader.parties.last(where: { $0.tokens.upperBound == start - 1 }), reader.isSubjectPosition(owner),
            let possessed = possessed(by: owner, in: reader), possessed.tokens.upperBound == stop
        {
            return possessed
        }
        let first = words.tokens[start]
        // `X, on Tuesday called`: a time phrase, not who spoke.
        if clause.timeOpeners.contains(first.lower) { return nil }
        // A capitalized word opening the sentence alone is an adverb or name fragment ("However"),
        // unless a plural or role noun (`Analysts say`, `Police say`).
        let pluralOpening = start == 0 && stop - start == 1 && !clause.joiners.contains(first.lower)
            && ((first.lower.hasSuffix("s") && !first.lower.hasSuffix("ss") && first.lower.count > 3)
                || RoleNouns.standard.heads.contains(first.lower))
        // (`Another tweeted`: a quantifier stands for one of a group; `King says`: a surname of
        // someone the article names.)
        if start == 0, first.isCapitalized, stop - start == 1, !clause.subjectPronouns.contains(first.lower),
            !clause.quantifiers.contains(first.lower)
        {
            if let known = reader.knownSurname(at: start) { return known }
            if !pluralOpening { return nil }
        }
        // A pronoun, a name the entity layer missed (`Mr. King`), or a phrase that starts with
        // an article or ends in a plural noun (`officials`).
        let head = words.tokens[stop - 1].lower
        let pronoun = stop - start == 1 && (clause.subjectPronouns.contains(first.lower) || first.lower == "it")
        let name = start > 0 && words.tokens[start..<stop].allSatisfy(\.isCapitalized)
        guard pronoun || name || pluralOpening || clause.determiners.contains(first.lower) || clause.quantifiers.contains(first.lower)
            || (head.hasSuffix("s") && !first.isCapitalized),
            pronoun || !clause.determiners.contains(head)
        else { return nil }
        return phrase(start..<stop, in: words)
    }

    func phrase(_ tokens: Range<Int>, in words: SentenceWords) -> PartySpan {
        let range = words.tokens[tokens.lowerBound].range.lowerBound..<words.tokens[tokens.upperBound - 1].range.upperBound
        let text = words.text(tokens)
        let pronoun = tokens.count == 1 && clause.subjectPronouns.union(["it"]).contains(words.tokens[tokens.lowerBound].lower)
        return PartySpan(tokens: tokens, range: range, entity: nil, text: text, isPronoun: pronoun)
    }

    /// Words after which a plural stands: no singular verb can follow them.
    static let pluralQuantifiers: Set<String> = [
        "few", "several", "many", "two", "three", "four", "five", "both", "all", "some", "more", "these", "those", "other",
        "numerous", "various",
    ]

    /// `a few questions`, `two tweets`, `of Labour claims`: the plural of a cue noun after a
    /// plural quantifier or number, or after a preposition and its modifiers (not after an
    /// article: `a member of the board claims`, `on the website reads` are verbs).
    func isPluralNoun(at i: Int, in reader: ClauseReader) -> Bool {
        let words = reader.words
        let word = words.tokens[i].lower
        guard i >= 1, word.hasSuffix("s"), !word.hasSuffix("ss"), speech.nounForms.contains(String(word.dropLast())) else { return false }
        let before = words.tokens[i - 1].lower
        if Self.pluralQuantifiers.contains(before) || before.first?.isNumber == true { return true }
        var k = i - 1
        var modifiers = 0
        while k >= 0, modifiers < 2, words.tokens[k].isWord, !clause.prepositions.contains(words.tokens[k].lower),
            !clause.determiners.contains(words.tokens[k].lower), !clause.joiners.contains(words.tokens[k].lower),
            !reader.isVerbLike(words.tokens[k]), !reader.parties.contains(where: { $0.tokens.contains(k) }),
            !clause.subjectPronouns.contains(words.tokens[k].lower), !clause.fronting.contains(words.tokens[k].lower)
        {
            k -= 1
            modifiers += 1
        }
        // (`Following early reports`: a fronting word other than `while` or `when` is a preposition.)
        let opener = k >= 0 ? words.tokens[k].lower : ""
        return clause.prepositions.contains(opener) || clause.fronting.contains(opener) && opener != "while" && opener != "when"
    }

    /// The noun phrase the preposition at `preposition` modifies, with its object up to `stop`
    /// when it says whose or which (`a spokesman for the campaign`), else alone (`Protesters`
    /// in `Protesters marching through the streets`); nil when none opens the clause.
    func modifiedPhrase(before preposition: Int, through stop: Int, in reader: ClauseReader, floor: Int) -> PartySpan? {
        let words = reader.words
        var end = preposition
        // (`marching through`: a participle between the noun and the preposition.)
        if end - 1 > floor, words.tokens[end - 1].lower.hasSuffix("ing"), !words.tokens[end - 1].isCapitalized { end -= 1 }
        var start = end
        while start > floor, end - start < 4 {
            let t = words.tokens[start - 1]
            guard t.isWord, !clause.joiners.contains(t.lower) || clause.determiners.contains(t.lower),
                !reader.isVerbLike(t) || isNounAfterArticle(start - 1, in: reader), !clause.prepositions.contains(t.lower), !isAdverb(t),
                !reader.parties.contains(where: { $0.tokens.contains(start - 1) }),
                // (`Carson shared a syllabus for`, `Boasting 108,000 residents`: a verb form ends it.)
                t.isCapitalized && start - 1 > 0 || !(t.lower.count > 4 && (t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing")))
            else { break }
            start -= 1
        }
        guard start < end, start == 0 || !words.tokens[start - 1].isWord || clause.joiners.contains(words.tokens[start - 1].lower)
        else { return nil }
        let first = words.tokens[start]
        let head = words.tokens[end - 1].lower
        guard !clause.timeOpeners.contains(first.lower), !clause.determiners.contains(head),
            clause.determiners.contains(first.lower) || clause.quantifiers.contains(first.lower) || first.isCapitalized || head.hasSuffix("s")
        else { return nil }
        let whose: Set<String> = ["of", "for", "at", "with", "from"]
        return phrase(start..<(whose.contains(words.tokens[preposition].lower) && end == preposition ? stop : end), in: words)
    }
}
