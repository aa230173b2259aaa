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
        if cue.isSourceFirst { return after(cue, in: reader) }
        if cue.isParticiple {
            if let main = reader.parties.first(where: {
                $0.tokens.lowerBound >= floor && $0.tokens.upperBound <= cue.tokens.lowerBound
                    && !$0.isAudience && reader.isSubjectPosition($0)
            }) {
                return main
            }
            // `The conservative magazine has opposed him, arguing ...`: an unnamed subject.
            if let opening = openingPhrase(in: reader, floor: floor, before: cue.tokens.lowerBound) { return opening }
        }
        // `..., said Dr. Jane Doe, ...`: after a comma, a name right after the cue speaks.
        if cue.tokens.lowerBound > 0, words.tokens[cue.tokens.lowerBound - 1].text == ",",
            speech.inverting.contains(words.tokens[cue.tokens.lowerBound].lower),
            let named = reader.object(at: cue.tokens.upperBound), !named.isAudience, named.entity != nil,
            !reader.isPossessivePronoun(named), named.tokens.lowerBound - cue.tokens.upperBound <= 3
        {
            return named
        }
        let subject = reader.subjects(before: cue.tokens.lowerBound, from: floor).last
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

    /// `said Putin`, `according to the ministry`.
    func after(_ cue: Cue, in reader: ClauseReader) -> PartySpan? {
        let words = reader.words
        if let party = reader.objects(from: cue.tokens.upperBound).first, !party.isAudience { return party }
        // Else a short noun phrase: `according to the harbour office`, `said a spokesman`.
        var end = cue.tokens.upperBound
        while end < words.tokens.count, words.tokens[end].isWord, !clause.prepositions.contains(words.tokens[end].lower),
            !clause.joiners.contains(words.tokens[end].lower) || clause.determiners.contains(words.tokens[end].lower),
            !reader.isVerbLike(words.tokens[end]), end - cue.tokens.upperBound < 5
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
        // `the governor then said`
        while stop > floor + 1, clause.verbAdverbs.contains(words.tokens[stop - 1].lower) { stop -= 1 }
        // `Mr. King, 82, told me`: an age between name and cue.
        if stop >= 3, words.tokens[stop - 1].text == ",", words.tokens[stop - 3].text == ",",
            words.tokens[stop - 2].lower.allSatisfy(\.isNumber)
        {
            stop -= 3
        }
        var start = stop
        while start > floor, start > 0 {
            let t = words.tokens[start - 1]
            guard t.isWord, !clause.joiners.contains(t.lower) || clause.determiners.contains(t.lower),
                !reader.isVerbLike(t), !clause.prepositions.contains(t.lower), !t.lower.hasSuffix("ly")
            else { break }
            start -= 1
            if stop - start > 4 { return nil }
        }
        guard start < stop else { return nil }
        let first = words.tokens[start]
        // `X, on Tuesday called`: a time phrase, not who spoke.
        if clause.timeOpeners.contains(first.lower) { return nil }
        // A capitalized word opening the sentence alone is an adverb or name fragment ("However").
        if start == 0, first.isCapitalized, stop - start == 1, !clause.subjectPronouns.contains(first.lower) {
            return nil
        }
        // A pronoun, a name the entity layer missed (`Mr. King`), or a phrase that starts with
        // an article or ends in a plural noun (`officials`).
        let head = words.tokens[stop - 1].lower
        let pronoun = stop - start == 1 && (clause.subjectPronouns.contains(first.lower) || first.lower == "it")
        let name = start > 0 && words.tokens[start..<stop].allSatisfy(\.isCapitalized)
        guard pronoun || name || clause.determiners.contains(first.lower) || clause.quantifiers.contains(first.lower)
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
