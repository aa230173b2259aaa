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
        // `a show called "..."`: a noun after `a`, the name in quotation marks right after.
        if word == "called", i >= 2, i + 1 < words.tokens.count, ["a", "an"].contains(words.tokens[i - 2].lower),
            ["“", "\"", "''", "‘"].contains(words.tokens[i + 1].text)
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
        // `with Lee waving a flag and asking, "..."`: coordinated with the participle before.
        guard end > 0, ["and", ","].contains(words.tokens[end - 1].lower),
            let earlier = cues(in: reader, tokens: 0..<(end - 1)).last(where: { words.tokens[$0.tokens.lowerBound].lower.hasSuffix("ing") })
                ?? participle(before: end - 1, in: reader)
        else { return nil }
        return withSubject(of: earlier, in: reader)
    }

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

    /// `Frost and Reid said`, `Frost, Okafor and Reid said`, `said Frost and Reid`: the entities
    /// coordinated with the speaker, which speak with it. Going back, the pair nearest the
    /// speaker must be joined by `and` (`After meeting Frost, Reid said` is Reid's alone).
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

    /// `with Lee waving a flag and ...`: the nearest -ing word before `limit` that follows a
    /// name after `with`, read as a participle cue.
    func participle(before limit: Int, in reader: ClauseReader) -> Cue? {
        let words = reader.words
        guard let k = words.tokens[..<limit].lastIndex(where: { $0.lower.hasSuffix("ing") && !$0.isCapitalized }), k > 0,
            reader.parties.contains(where: { $0.tokens.upperBound == k })
        else { return nil }
        return Cue(tokens: k..<(k + 1), text: words.tokens[k].text, isParticiple: true, isSourceFirst: false)
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

    /// Where a second statement joins the clause `start..<end` (`called it "weak" and then
    /// tweeted that ...`, `..., but described ... as`): the token that ends the first one.
    public func coordinatedCue(in reader: ClauseReader, from start: Int, to end: Int) -> Int? {
        let words = reader.words
        var k = start + 1
        while k < end - 1 {
            if ["and", "but"].contains(words.tokens[k].lower) {
                var next = k + 1
                // (`..., and Trump vowed to ...`, `..., but he also noted`: a subject may open it; after
                // `and`, a pronoun's clause more often goes on with the same statement.)
                if let party = reader.party(at: next), !party.isAudience, !party.isPronoun || words.tokens[k].lower == "but",
                    party.tokens.upperBound < end
                {
                    next = party.tokens.upperBound
                }
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

    /// `..., Lee said` (or `...," Lee said`): the comma, from `start` on, after which a name and
    /// its say-cue attribute what comes before.
    public func tailAttribution(in reader: ClauseReader, from start: Int, to end: Int? = nil) -> Int? {
        let words = reader.words
        let end = end ?? words.tokens.count
        guard start < end, let comma = words.tokens[start..<end].firstIndex(where: { $0.text == "," }) else { return nil }
        var name = comma + 1
        if name < end, ["“", "”", "\""].contains(words.tokens[name].text) { name += 1 }
        guard let party = reader.party(at: name), !party.isAudience, party.tokens.upperBound < end,
            let cue = cues(in: reader, tokens: party.tokens.upperBound..<min(end, party.tokens.upperBound + 2)).first,
            cue.tokens.lowerBound == party.tokens.upperBound, !cue.isParticiple
        else { return nil }
        return comma
    }

    /// `calling him a "wreck," and contrasted ...`: the `and` (from `start` on, outside quotation
    /// marks, after a comma) that joins a second predicate of the subject.
    public func secondPredicate(in reader: ClauseReader, from start: Int, to end: Int? = nil) -> Int? {
        let words = reader.words
        let end = min(end ?? words.tokens.count, words.tokens.count - 1)
        guard start >= 2, start < end else { return nil }
        for j in start..<end where words.tokens[j].lower == "and" {
            let comma = words.tokens[j - 1].text == "," || (words.tokens[j - 2].text == "," && ["”", "\"", "''"].contains(words.tokens[j - 1].text))
            let verb = words.tokens[j + 1]
            // (A past form: `and have been unreliable` may go on with the reported clause.)
            if comma, words.openQuote(before: j) == nil, !verb.isCapitalized, verb.lower.hasSuffix("ed"),
                !clause.auxiliaries.contains(verb.lower)
            {
                return j
            }
        }
        return nil
    }

    /// Where a reported clause quoting words ends: at the sentence end, or before a second
    /// statement joined after the quotation (`called it "weak" and then wrote ...`), without
    /// trailing punctuation. `quotationEnd`: the quotation's end in the sentence's scalars.
    public func reportedClauseEnd(in reader: ClauseReader, from start: Int, quotationEnd: Int) -> Int {
        let words = reader.words
        let after = max(start, words.index(atOrAfter: quotationEnd))
        // The first of: a full stop the sentence splitter ran past (`... "involved in the system
        // now." He added`); a second predicate (`..., and contrasted`); another speaker's tail cue
        // after a comma (`... at "quiet trade," Lee said`: the comma may close the quotation);
        // a second statement (`... and then tweeted that`).
        var stops = [coordinatedCue(in: reader, from: after, to: words.tokens.count) ?? words.tokens.count]
        for k in min(max(start, after - 1), words.tokens.count)..<words.tokens.count where [".", "?", "!"].contains(words.tokens[k].text) {
            let closes = k + 1 < words.tokens.count && ["”", "\"", "''"].contains(words.tokens[k + 1].text)
            guard closes || words.openQuote(before: k) == nil else { continue }
            if let word = words.tokens[(k + 1)...].firstIndex(where: \.isWord), words.tokens[word].isCapitalized {
                stops.append(word)
                break
            }
        }
        if let joint = secondPredicate(in: reader, from: max(start + 2, after)) { stops.append(joint) }
        if let comma = tailAttribution(in: reader, from: max(start, after - 1)) { stops.append(comma) }
        return words.clauseEnd(stops.min()!, floor: start)
    }
}

