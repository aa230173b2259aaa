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
                sourceFirst || i == 0 || !isNounMarker(words.tokens[i - 1].lower) && (!words.isPossessive(i - 1) || words.isVerbContraction(i - 1))
            else { i += 1; continue }
            if !sourceFirst, isNounForm(at: i, matched: matched, in: reader) { i += matched; continue }
            let first = words.tokens[i]
            // (`answered on Facebook writing, "..."`, `wrote to Wired explaining`: right after where
            // it was said, too; `Ryan saying ... and Trump calling it` are subjects of their own.)
            let participle = !sourceFirst && first.lower.hasSuffix("ing") && i > 0
                && ([",", "—", "by", "while", "and"].contains(words.tokens[i - 1].lower)
                    || reader.parties.contains { party in
                        party.tokens.upperBound == i && party.tokens.lowerBound > 0
                            && ["on", "to", "in", "at", "via"].contains(words.tokens[party.tokens.lowerBound - 1].lower)
                    })
            found.append(
                Cue(
                    tokens: i..<(i + matched), text: words.tokens[i..<(i + matched)].map(\.text).joined(separator: " "),
                    isParticiple: participle, isSourceFirst: sourceFirst))
            i += matched
        }
        return found
    }

    /// `a controversial tweet`, `a Facebook post` (after a singular article, the base form is a
    /// noun), `a show called "Harbour Nights"` (naming): a cue word that is no verb.
    func isNounForm(at i: Int, matched: Int, in reader: ClauseReader) -> Bool {
        let words = reader.words
        let word = words.tokens[i].lower
        if matched == 1, speech.nounForms.contains(word), i >= 2 {
            let singular: Set<String> = ["a", "an", "another", "each", "every"]
            let modifier = words.tokens[i - 1]
            if singular.contains(words.tokens[i - 2].lower), modifier.isWord, !reader.isVerbLike(modifier),
                !isAdverb(modifier), !singular.contains(modifier.lower)
            {
                return true
            }
        }
        if matched == 1, isPluralNoun(at: i, in: reader) { return true }
        // `a show called "..."`: a noun after `a`, the name in quotation marks right after.
        if word == "called", i >= 2, i + 1 < words.tokens.count, ["a", "an"].contains(words.tokens[i - 2].lower),
            SentenceWords.openingMarks.contains(words.tokens[i + 1].text)
        {
            return true
        }
        return false
    }

    /// Who speaks through `cue`; `floor` is the first token the speaker may start at.
    /// `inverted` allows a speaker after the cue (`"...," said Putin`).
    public func speaker(for cue: Cue, in reader: ClauseReader, floor: Int = 0, inverted: Bool = false) -> PartySpan? {
        let words = reader.words
        let floor = cue.tokens.lowerBound > reader.bodyStart ? max(floor, reader.bodyStart) : floor
        if cue.isSourceFirst { return after(cue, in: reader) }
        // `Lee was asked by the host`: a passive's subject is spoken to; its agent speaks.
        if isPassive(cue, in: reader) {
            let by = cue.tokens.upperBound
            guard by < words.tokens.count, words.tokens[by].lower == "by" else { return nil }
            return reader.object(at: by + 1, keepText: true).flatMap { $0.isAudience ? nil : $0 }
        }
        if let own = withSubject(of: cue, in: reader) { return own }
        if cue.isParticiple {
            // `..., Reid said on Monday, adding, "..."`: the participle goes with the cue it follows.
            if let said = tailCue(before: cue, in: reader, floor: floor), let speaker = tailSpeaker(said, in: reader, floor: floor) {
                return speaker
            }
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
        // `..., said Dr. Jane Doe, ...`: after a comma, a name right after the cue speaks
        // (`are "unfit," said Doe`: the comma inside the marks).
        if words.isAfterComma(cue.tokens.lowerBound),
            speech.inverting.contains(words.tokens[cue.tokens.lowerBound].lower),
            let named = reader.object(at: cue.tokens.upperBound), !named.isAudience, named.entity != nil, !isModifier(named, in: reader),
            !reader.isPossessivePronoun(named), named.tokens.lowerBound - cue.tokens.upperBound <= 3,
            // (`said Republicans are ...`, `said A and B have ...`: a name opening the reported
            // clause is its subject.)
            !opensClause(named, in: reader),
            // (`Reid, an expert on ports, said Lee ...`: the comma closes an appositive of the subject.)
            !closesAppositive(before: cue, in: reader, floor: floor)
        {
            return named
        }
        let subject = reader.subjects(before: cue.tokens.lowerBound, from: floor).last
        // `Lee joked that Portville was her answer, but went on to say`: a verb coordinated after
        // a that-clause shares the main clause's subject, not the that-clause's.
        if let inner = subject, inner.tokens.lowerBound > floor, words.tokens[inner.tokens.lowerBound - 1].lower == "that",
            case let between = words.tokens[inner.tokens.upperBound..<cue.tokens.lowerBound],
            between.contains(where: { $0.lower == "but" }) || (between.contains(where: { $0.lower == "and" }) && between.contains(where: { $0.text == "," })),
            let main = reader.subjects(before: inner.tokens.lowerBound - 1, from: floor).last
        {
            return main
        }
        // `When Lee was named, a columnist for the Gazette said`: a subject inside a fronted
        // subordinate clause; the main clause opens after its comma.
        if let inner = subject, let comma = frontedClauseEnd(after: inner, before: cue, in: reader, floor: floor) {
            return clauseSubjectPhrase(before: cue, in: reader, floor: comma + 1) ?? phraseBefore(cue, in: reader, floor: comma + 1)
        }
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
        if let phrase = phraseBefore(cue, in: reader, floor: floor) ?? ownedPhrase(before: cue, in: reader, floor: floor) { return phrase }
        let first = cue.tokens.lowerBound == floor || (cue.tokens.lowerBound > 0 && !words.tokens[cue.tokens.lowerBound - 1].isWord)
        if inverted && first, let named = after(cue, in: reader) { return named }
        // Else the unnamed noun phrase that opens the clause (`Backers of the toll, however, say`).
        if cue.isParticiple { return fronted(before: cue, in: reader, floor: floor) }
        return clauseSubjectPhrase(before: cue, in: reader, floor: floor)
    }

    /// `said Putin`, `according to the ministry`.
    func after(_ cue: Cue, in reader: ClauseReader) -> PartySpan? {
        let words = reader.words
        if var party = reader.objects(from: cue.tokens.upperBound).first, !party.isAudience {
            // `said Air Force 1st Lt. Ann Lee`: the person after an organization and a rank.
            if party.kind != .person, let person = reader.parties.first(where: {
                $0.tokens.lowerBound > party.tokens.upperBound && $0.tokens.lowerBound - party.tokens.upperBound <= 4 && $0.kind == .person
            }), words.tokens[party.tokens.upperBound..<person.tokens.lowerBound].allSatisfy({ $0.isWord && ($0.isCapitalized || $0.lower.first?.isNumber == true) }) {
                party = person
            }
            return isModifier(party, in: reader) ? describedPhrase(party, in: reader, before: nil) ?? party : party
        }
        // `according to talk radio host Tom Reid`: a person after lowercase title words.
        if let person = reader.parties.first(where: {
            $0.kind == .person && $0.tokens.lowerBound > cue.tokens.upperBound && $0.tokens.lowerBound - cue.tokens.upperBound <= 4
        }),
            words.tokens[cue.tokens.upperBound..<person.tokens.lowerBound].allSatisfy({
                $0.isWord && !$0.isCapitalized && !clause.prepositions.contains($0.lower) && !clause.joiners.contains($0.lower)
            })
        {
            return person
        }
        // Else a short noun phrase: `according to the harbour office`, `said a spokesman`.
        var end = cue.tokens.upperBound
        // (`said one of the advisers`: `of` after a quantifier.)
        func partitive(_ k: Int) -> Bool {
            k == cue.tokens.upperBound + 1 && words.tokens[k].lower == "of" && clause.quantifiers.contains(words.tokens[k - 1].lower)
        }
        while end < words.tokens.count, words.tokens[end].isWord, !clause.prepositions.contains(words.tokens[end].lower) || partitive(end),
            !clause.joiners.contains(words.tokens[end].lower) || clause.determiners.contains(words.tokens[end].lower),
            !reader.isVerbLike(words.tokens[end]) || isNounAfterArticle(end, in: reader), end - cue.tokens.upperBound < 5
        { end += 1 }
        guard end > cue.tokens.upperBound, !cue.isParticiple else { return nil }
        let first = words.tokens[cue.tokens.upperBound]
        // (`tweeted another.`: a lone quantifier closing the clause stands for one of a group.)
        let loneQuantifier = end == cue.tokens.upperBound + 1 && (end == words.tokens.count || !words.tokens[end].isWord)
        guard clause.determiners.contains(first.lower) || clause.quantifiers.contains(first.lower) || first.isCapitalized,
            !clause.determiners.contains(words.tokens[end - 1].lower),
            !clause.quantifiers.contains(words.tokens[end - 1].lower) || loneQuantifier
        else { return nil }
        return phrase(cue.tokens.upperBound..<end, in: words)
    }

    /// The first token from `index` on past time words (`Monday`, `Wednesday morning`, `last week`).
    /// (`this`, `last` count only before a part of a time phrase: `said this was ...`.)
    public func pastTimeWords(from index: Int, in reader: ClauseReader) -> Int {
        let tokens = reader.words.tokens
        var k = index
        while k < tokens.count {
            let word = tokens[k].lower
            let nextIsPart = k + 1 < tokens.count && clause.dayParts.contains(tokens[k + 1].lower)
            if clause.timeOpeners.contains(word), nextIsPart || !clause.determinerTimeWords.contains(word) {
                k += 1
            } else if k > index, clause.dayParts.contains(word) {
                k += 1
            } else {
                break
            }
        }
        return k
    }

    /// The `that` opening the clause a cue reports (`said on Monday that ...`): within `limit`
    /// words of the cue, with no verb, cue or stop before it (in `said crews are making mischief
    /// that ...`, `that` opens a relative clause).
    public func complementizer(after cue: Cue, in reader: ClauseReader, limit: Int = 12) -> Int? {
        let words = reader.words
        var k = cue.tokens.upperBound
        while k < min(words.tokens.count, cue.tokens.upperBound + limit) {
            let t = words.tokens[k]
            if t.lower == "that" { return k }
            // `told analysts on a conference call that ...`: a verb form after an article is a noun.
            let noun = (1...2).contains { k - $0 >= cue.tokens.upperBound && isNounMarker(words.tokens[k - $0].lower) }
            if [".", ";", ":", "and", "but"].contains(t.lower) || (reader.isVerbLike(t) && !noun) { return nil }
            k += 1
        }
        return nil
    }

    /// `Keane, who wrote the bill, ...`: a cue that opens a relative clause.
    static func isRelativeClauseCue(_ cue: Cue, in words: SentenceWords) -> Bool {
        cue.tokens.lowerBound > 0 && ["who", "which"].contains(words.tokens[cue.tokens.lowerBound - 1].lower)
    }

    /// `the`, `his` (not `both` or `her`, which also stand before a verb): a word after which a
    /// cue word is a noun.
    func isNounMarker(_ word: String) -> Bool {
        word != "both" && word != "her" && clause.determiners.contains(word)
    }
}
