/// Finds speech cues in a sentence (`said`, `told`, `according to`) and the speaker each one
/// attributes to: the clause subject (`Putin said`), the name after an inverted cue
/// (`said Putin`), the main subject for a participle (`..., saying: "..."`), or the noun phrase
/// as written when no name resolves (`a source said`).
///
/// ```swift
/// let finder = SpeakerFinder()
/// let cue = finder.cues(in: reader, tokens: 0..<reader.words.tokens.count).first!
/// finder.speaker(for: cue, in: reader)?.text  // "Putin"
/// ```
public struct SpeakerFinder: Sendable {
    public struct Cue: Sendable, Equatable {
        public var tokens: Range<Int>
        public var text: String
        /// `saying`, `adding`: the speaker is the main clause's subject.
        public var isParticiple: Bool
        /// `according to X`: the speaker follows.
        public var isSourceFirst: Bool
    }

    public var speech: SpeechWords
    public var clause: ClauseWords

    public init(speech: SpeechWords = .standard, clause: ClauseWords = .standard) {
        self.speech = speech
        self.clause = clause
    }

    /// The cues among the tokens `range`, in order.
    public func cues(in reader: ClauseReader, tokens range: Range<Int>) -> [Cue] {
        let words = reader.words
        var found: [Cue] = []
        var i = range.lowerBound
        while i < range.upperBound {
            var matched = 0
            var sourceFirst = false
            // Source-first phrases, then longer cues, come first in the index.
            for entry in speech.byFirstWord[words.tokens[i].lower] ?? [] where words.matches(entry.words, at: i) {
                matched = entry.words.count
                sourceFirst = entry.sourceFirst
                break
            }
            // A capitalized cue inside a sentence is part of a name ("The Washington Post").
            guard matched > 0, i + matched <= range.upperBound, !reader.parties.contains(where: { $0.tokens.contains(i) }),
                i == 0 || !words.tokens[i].isCapitalized,
                // `asked the question`, `his claims`, `Lee's comments`: after an article or
                // possessive it is a noun.
                // (`they both said`, `heard her say`: a verb still.)
                sourceFirst || i == 0 || !isNounMarker(words.tokens[i - 1].lower) && !words.isPossessive(i - 1)
            else { i += 1; continue }
            let first = words.tokens[i]
            let participle = !sourceFirst && first.lower.hasSuffix("ing") && i > 0 && [",", "—", "by", "while", "and"].contains(words.tokens[i - 1].lower)
            found.append(
                Cue(
                    tokens: i..<(i + matched), text: words.tokens[i..<(i + matched)].map(\.text).joined(separator: " "),
                    isParticiple: participle, isSourceFirst: sourceFirst))
            i += matched
        }
        return found
    }

    /// Who speaks through `cue`; `floor` is the first token the speaker may start at.
    /// `inverted` allows a speaker after the cue (`"...," said Putin`).
    public func speaker(for cue: Cue, in reader: ClauseReader, floor: Int = 0, inverted: Bool = false) -> PartySpan? {
        let words = reader.words
        let floor = cue.tokens.lowerBound > reader.bodyStart ? max(floor, reader.bodyStart) : floor
        if cue.isSourceFirst { return after(cue, in: reader) }
        if let own = withSubject(of: cue, in: reader) { return own }
        if cue.isParticiple {
            if let main = reader.parties.first(where: {
                $0.tokens.lowerBound >= floor && $0.tokens.upperBound <= cue.tokens.lowerBound
                    && !$0.isAudience && reader.isSubjectPosition($0) && !reader.isQuoted($0)
            }) {
                // `Lee's deputy rallied the crews, saying`: the possessed noun phrase speaks.
                return words.isPossessive(main.tokens.upperBound) ? possessed(by: main, in: reader) ?? main : main
            }
            // `The conservative magazine has opposed him, arguing ...`: an unnamed subject.
            if let opening = openingPhrase(in: reader, floor: floor, before: cue.tokens.lowerBound) { return opening }
            // `"...," said Lee, adding that ...`, `"...," she wrote, recalling ...`: the speaker
            // of the cue before.
            if let said = cues(in: reader, tokens: floor..<cue.tokens.lowerBound).last(where: { !$0.isParticiple && !$0.isSourceFirst }),
                let speaker = speaker(for: said, in: reader, floor: floor, inverted: true), !speaker.isAudience
            {
                return speaker
            }
        }
        // `..., said Dr. Jane Doe, ...`: after a comma, a name right after the cue speaks.
        if cue.tokens.lowerBound > 0, words.tokens[cue.tokens.lowerBound - 1].text == ",",
            speech.inverting.contains(words.tokens[cue.tokens.lowerBound].lower),
            let named = reader.object(at: cue.tokens.upperBound), !named.isAudience, named.entity != nil, !isModifier(named, in: reader),
            !reader.isPossessivePronoun(named), named.tokens.lowerBound - cue.tokens.upperBound <= 3
        {
            return named
        }
        let subject = reader.subjects(before: cue.tokens.lowerBound, from: floor).last
        if let subject, isModifier(subject, in: reader), let described = describedPhrase(subject, in: reader, before: cue.tokens.lowerBound) {
            return described
        }
        if let subject {
            let between = words.tokens[subject.tokens.upperBound..<cue.tokens.lowerBound]
            // `X, the mayor, said` / `X - who chairs the board - said`: an aside set off.
            let setOff: Set<String> = [",", "-", "--", "–", "—"]
            let comma = between.contains { setOff.contains($0.text) }
            // `X, the mayor, said`: an appositive closes with a comma right before the cue;
            // `..., the official said`: a phrase of its own speaks.
            if subject.tokens.upperBound >= cue.tokens.lowerBound - 3 && !comma { return subject }
            // `Walsh called it "weak" and then wrote that ...`: a coordinated verb shares the subject.
            var joint = cue.tokens.lowerBound - 1
            while joint > subject.tokens.upperBound, clause.verbAdverbs.contains(words.tokens[joint].lower) { joint -= 1 }
            if joint > subject.tokens.upperBound, ["and", "but"].contains(words.tokens[joint].lower),
                // Not after a reported clause (`said that Lee knew ... and thought`): that one
                // has a subject of its own.
                !words.tokens[subject.tokens.upperBound..<joint].contains(where: { [";", ":", ".", "that", "who", ","].contains($0.lower) })
            {
                return subject
            }
            if comma, setOff.contains(words.tokens[cue.tokens.lowerBound - 1].text) { return subject }
            if comma, let phrase = phraseBefore(cue, in: reader, floor: floor) { return phrase }
            if comma { return subject }
        }
        if let phrase = phraseBefore(cue, in: reader, floor: floor) { return phrase }
        let first = cue.tokens.lowerBound == floor || (cue.tokens.lowerBound > 0 && !words.tokens[cue.tokens.lowerBound - 1].isWord)
        return inverted && first ? after(cue, in: reader) : nil
    }

    /// `..., with Lee reportedly shouting: "..."`: a participle after `with X` has X as its
    /// own subject.
    func withSubject(of cue: Cue, in reader: ClauseReader) -> PartySpan? {
        let words = reader.words
        guard words.tokens[cue.tokens.lowerBound].lower.hasSuffix("ing") else { return nil }
        var end = cue.tokens.lowerBound
        while end > 0, !words.tokens[end - 1].isCapitalized,
            clause.verbAdverbs.contains(words.tokens[end - 1].lower) || words.tokens[end - 1].lower.hasSuffix("ly")
        { end -= 1 }
        guard let party = reader.parties.last(where: { $0.tokens.upperBound == end }), !party.isAudience,
            party.tokens.lowerBound > 0, words.tokens[party.tokens.lowerBound - 1].lower == "with"
        else { return nil }
        return party
    }

    /// `said Putin`, `according to the ministry`.
    func after(_ cue: Cue, in reader: ClauseReader) -> PartySpan? {
        let words = reader.words
        if let party = reader.objects(from: cue.tokens.upperBound).first, !party.isAudience {
            return isModifier(party, in: reader) ? describedPhrase(party, in: reader, before: nil) ?? party : party
        }
        // Else a short noun phrase: `according to the harbour office`, `said a spokesman`.
        var end = cue.tokens.upperBound
        while end < words.tokens.count, words.tokens[end].isWord, !clause.prepositions.contains(words.tokens[end].lower),
            !clause.joiners.contains(words.tokens[end].lower) || clause.determiners.contains(words.tokens[end].lower),
            !reader.isVerbLike(words.tokens[end]) || isNounAfterArticle(end, in: reader), end - cue.tokens.upperBound < 5
        { end += 1 }
        guard end > cue.tokens.upperBound, !cue.isParticiple else { return nil }
        let first = words.tokens[cue.tokens.upperBound]
        guard clause.determiners.contains(first.lower) || clause.quantifiers.contains(first.lower) || first.isCapitalized,
            !clause.determiners.contains(words.tokens[end - 1].lower), !clause.quantifiers.contains(words.tokens[end - 1].lower)
        else { return nil }
        return phrase(cue.tokens.upperBound..<end, in: words)
    }

    /// Where a second statement joins the clause `start..<end` (`called it "weak" and then
    /// tweeted that ...`, `..., but described ... as`): the token that ends the first one.
    public func coordinatedCue(in reader: ClauseReader, from start: Int, to end: Int) -> Int? {
        let words = reader.words
        var k = start + 1
        while k < end - 1 {
            if ["and", "but"].contains(words.tokens[k].lower) {
                var next = k + 1
                while next < end, clause.verbAdverbs.contains(words.tokens[next].lower) { next += 1 }
                if next < end, let cue = cues(in: reader, tokens: next..<min(end, next + speech.longestCue)).first,
                    cue.tokens.lowerBound == next, !cue.isSourceFirst
                {
                    return words.tokens[k - 1].text == "," ? k - 1 : k
                }
            }
            k += 1
        }
        return nil
    }

    /// `the Dock Party member said`, `said a veteran Dock Party strategist`: an organization or
    /// place followed by a common noun only describes an unnamed speaker.
    func isModifier(_ party: PartySpan, in reader: ClauseReader) -> Bool {
        let words = reader.words
        guard let kind = party.kind, kind != .person, party.tokens.upperBound < words.tokens.count else { return false }
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

    /// `the`, `his` (not `both` or `her`, which also stand before a verb): a word after which a
    /// cue word is a noun.
    func isNounMarker(_ word: String) -> Bool {
        word != "both" && word != "her" && clause.determiners.contains(word)
    }

    /// Where a reported clause quoting words ends: at the sentence end, or before a second
    /// statement joined after the quotation (`called it "weak" and then wrote ...`), without
    /// trailing punctuation. `quotationEnd`: the quotation's end in the sentence's scalars.
    public func reportedClauseEnd(in reader: ClauseReader, from start: Int, quotationEnd: Int) -> Int {
        let words = reader.words
        let after = max(start, words.index(atOrAfter: quotationEnd))
        return words.clauseEnd(coordinatedCue(in: reader, from: after, to: words.tokens.count) ?? words.tokens.count)
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
        var stop = cue.tokens.lowerBound
        // `the governor then said`, `the board recently wrote`
        while stop > floor + 1, clause.verbAdverbs.contains(words.tokens[stop - 1].lower) || isAdverb(words.tokens[stop - 1]) { stop -= 1 }
        // `Mr. King, 82, told me`: an age between name and cue.
        if stop >= 3, words.tokens[stop - 1].text == ",", words.tokens[stop - 3].text == ",",
            words.tokens[stop - 2].lower.allSatisfy(\.isNumber)
        {
            stop -= 3
        }
        // `The board, in a statement, said`: past a prepositional or participle aside.
        if stop >= 2, floor < stop - 1, words.tokens[stop - 1].text == ",",
            let open = words.tokens[max(floor, stop - 9)..<(stop - 1)].lastIndex(where: { $0.text == "," }), open + 1 < stop - 1,
            clause.prepositions.contains(words.tokens[open + 1].lower) || words.tokens[open + 1].lower.hasSuffix("ing")
        {
            stop = open
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
        let first = words.tokens[start]
        // `X, on Tuesday called`: a time phrase, not who spoke.
        if clause.timeOpeners.contains(first.lower) { return nil }
        // A capitalized word opening the sentence alone is an adverb or name fragment ("However"),
        // unless a plural noun (`Analysts say`).
        let pluralOpening = start == 0 && stop - start == 1 && first.lower.hasSuffix("s") && !first.lower.hasSuffix("ss")
            && first.lower.count > 3 && !clause.joiners.contains(first.lower)
        if start == 0, first.isCapitalized, stop - start == 1, !clause.subjectPronouns.contains(first.lower), !pluralOpening {
            return nil
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
        let text = words.tokens[tokens].map(\.text).joined(separator: " ")
        let pronoun = tokens.count == 1 && clause.subjectPronouns.union(["it"]).contains(words.tokens[tokens.lowerBound].lower)
        return PartySpan(tokens: tokens, range: range, entity: nil, text: text, isPronoun: pronoun)
    }
}
