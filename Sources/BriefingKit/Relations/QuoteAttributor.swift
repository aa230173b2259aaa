/// Attributes every quotation span of an article to a speaker, and adds reported speech.
///
/// A quotation's speaker comes from a cue right after it (`"...," Putin said`,
/// `"...," said Putin`), or before it (`Putin said: "..."`, `he replied, "..."`); a quotation
/// with no cue in its sentence continues the previous quotation's speaker, or takes the speaker
/// introduced in the sentence before (`Putin said:`) or after. A cue followed by `that` and
/// words before the quotation makes reported speech with a quoted fragment.
///
/// ```swift
/// let quotes = QuoteAttributor().attribute(article, entities: table)
/// quotes.first?.speakerText  // "Putin"
/// ```
public struct QuoteAttributor: Sendable {
    public var finder: SpeakerFinder

    public init(finder: SpeakerFinder = SpeakerFinder()) {
        self.finder = finder
    }

    /// One quotation's attribution while the article is read.
    struct Attribution {
        var span: QuotationSpan
        var sentence: Int
        var speaker: PartySpan?
        var speakerSentence: Int
        var cue: String
        var cueToken: Int?
        var isDirect: Bool
        var range: Range<Int>
        var text: String
        /// Carries on the previous quotation of its paragraph (`"A," she said. "B."`).
        var continues = false
        /// The sentence the quotation ends in (a long quotation runs over several).
        var lastSentence = 0
        /// Reported with the writer's own words before the quotation, which hold no cue
        /// (`Still, the club is "in trouble," Lee said.`): a quotation carrying it on joins it.
        var leadIn = false
    }

    public func attribute(_ article: Article, entities: EntityTable, readers: [ClauseReader]? = nil) -> [Quote] {
        let readers = readers ?? article.sentences.map { ClauseReader(sentence: $0, table: entities, speech: finder.speech) }
        // (`The plans are "deeply unfair," said Lee`: one or two words closed by a comma, with a
        // say-verb right after them or after the name that follows, are a quote.)
        let spans = article.quotations.filter { span in
            !span.text.isEmpty && (!span.isScareQuote || saidRightAfter(span, article: article, readers: readers))
        }
        var attributions: [Attribution] = []
        for (k, span) in spans.enumerated() {
            guard let first = sentenceIndex(article, at: span.range.lowerBound),
                let last = sentenceIndex(article, at: max(span.range.lowerBound, span.range.upperBound - 1))
            else { continue }
            let nextStart = k + 1 < spans.count ? spans[k + 1].range.lowerBound : Int.max
            let previousEnd = k > 0 ? spans[k - 1].range.upperBound : Int.min
            var attribution = Attribution(
                span: span, sentence: first + 1, speaker: nil, speakerSentence: first + 1, cue: "", cueToken: nil,
                isDirect: true, range: span.range, text: span.text)
            attribution.lastSentence = last + 1
            // `said "it gets me mad" every time ...`: a quotation the clause runs on after
            // belongs to the cue before it, not to one later in the sentence.
            let runsOn = first == last && runsOnAfter(span, in: readers[last])
            if span.isScareQuote {
                guard attributeAfter(&attribution, readers[last], until: nextStart) else { continue }
            } else if runsOn, attributeBefore(&attribution, readers[first], from: previousEnd) {
            } else if !attributeAfter(&attribution, readers[last], until: nextStart) {
                _ = attributeBefore(&attribution, readers[first], from: previousEnd)
            }
            if !attribution.isDirect, attribution.span.range.upperBound > attribution.range.upperBound {
                attribution.range = ReportedSpeechFinder.throughQuotation(attribution.range, in: article)
                attribution.text = article.body.scalarSlice(attribution.range)
            }
            attributions.append(attribution)
        }
        fillFromNeighbours(&attributions, readers: readers, article: article)
        return merged(attributions).compactMap { a in
            guard let speaker = a.speaker else { return nil }
            let sentence = article.sentences[a.sentence - 1]
            // (Only where the speaker was read: a quote that carries on another's speaker keeps its partners too.)
            let reader = readers[a.speakerSentence - 1]
            let partners = reader.parties.contains { $0.tokens == speaker.tokens && $0.entity == speaker.entity }
                ? finder.partners(of: speaker, in: reader) : []
            return Quote(
                text: a.isDirect ? a.text.trimmingTrailingComma() : a.text, speaker: speaker.entity, speakerText: speaker.text, cue: a.cue, isDirect: a.isDirect,
                evidence: Evidence(
                    article: article.id, sentence: sentence.number, text: sentence.text,
                    range: a.range.clamped(to: sentence.range).relative(to: sentence.range.lowerBound)),
                range: a.range, coSpeakers: partners)
        }
    }

    func sentenceIndex(_ article: Article, at offset: Int) -> Int? {
        article.sentences.firstIndex { $0.range.contains(offset) }
            ?? article.sentences.lastIndex { $0.range.lowerBound <= offset }
    }

    /// `"...," Putin said` / `"...," said Putin` / `"..." Putin told reporters`.
    func attributeAfter(_ a: inout Attribution, _ reader: ClauseReader, until next: Int) -> Bool {
        let base = reader.sentence.range.lowerBound
        let words = reader.words
        var start = words.index(atOrAfter: a.span.range.upperBound - base)
        var dashed = false
        while start < words.tokens.count, !words.tokens[start].isWord {
            if ["—", "―", "–", "-", "--"].contains(words.tokens[start].text) { dashed = true }
            start += 1
        }
        // `"..." — Jane Doe`: a signature.
        var name = start
        while name < words.tokens.count, words.tokens[name].isCapitalized, name - start < 5 { name += 1 }
        let signature = reader.party(at: start) ?? reader.object(at: start)
            ?? (name > start ? finder.phrase(start..<name, in: words) : nil)
        // (`Lee said that she will "try." -- Kim Ode`: after words of its sentence, a reporter's byline.)
        let opening = words.index(atOrAfter: a.span.range.lowerBound - base - 1)
        let standsAlone = a.span.range.lowerBound < base || !words.tokens[..<opening].contains(where: \.isWord)
        if dashed, standsAlone, let party = signature, !party.isAudience {
            a.speaker = party
            a.speakerSentence = reader.sentence.number
            a.cue = "—"
            return true
        }
        var end = start
        var commas = 0
        // The cue follows within a few words, or further when an appositive intervenes
        // (`"...," Jane Doe, the mayor of Springfield, said`), of any length after a name.
        let named = reader.party(at: start).map { $0.tokens.upperBound < words.tokens.count && words.tokens[$0.tokens.upperBound].text == "," } ?? false
        while end < words.tokens.count, base + words.tokens[end].range.lowerBound < next, end - start < (named ? 40 : 9 + 8 * commas) {
            if [".", "“", "\"", ";", "?", "!"].contains(words.tokens[end].text) { break }
            if words.tokens[end].text == "," { commas = min(commas + 1, 2) }
            end += 1
        }
        // (`one docker, who asked not to be named, said`: a relative clause's verb is not the cue.)
        guard let cue = finder.cues(in: reader, tokens: start..<end).first(where: { !SpeakerFinder.isRelativeClauseCue($0, in: words) })
        else { return false }
        // `After Reid said that ports do better at "quiet trade," Lee said`: quoted words inside a
        // clause of a cue before them, with no comma between, are that cue's.
        // (Not `Lee said "...," she said`, with the quotation right after the cue, nor an -ing
        // word opening the sentence, which hangs on a clause to come: `Acknowledging that X
        // "...," Lee did suggest`.)
        if a.span.range.lowerBound >= base, let own = finder.cues(in: reader, tokens: 0..<opening).last,
            !SpeakerFinder.isRelativeClauseCue(own, in: words), !own.isSourceFirst, own.isParticiple || !own.text.lowercased().hasSuffix("ing"),
            words.tokens[own.tokens.upperBound..<opening].filter(\.isWord).count >= 2,
            !words.tokens[own.tokens.upperBound..<opening].contains(where: { [",", ";", ":", "(", "—", "–"].contains($0.text) })
        {
            return false
        }
        // `citing a verse ("..."), endorsed Lee of Norland, urging`: a participle after the
        // quotation hangs on a clause before it (unless `with Lee urging`).
        if cue.isParticiple, start < words.tokens.count, !words.tokens[start].isCapitalized,
            !finder.clause.determiners.contains(words.tokens[start].lower), finder.withSubject(of: cue, in: reader) == nil
        {
            return false
        }
        // The name right after the quotation speaks: `"...," Jane Doe, ..., said`.
        var first = (reader.party(at: start) ?? reader.object(at: start)).flatMap {
            $0.isAudience || $0.tokens.upperBound > cue.tokens.lowerBound || finder.isModifier($0, in: reader) ? nil : $0
        }
        // `"...," his mother, Maria, told` / `Lee's aide, Ann Kim, said`: the owner does not
        // speak; the person set off after the noun does, else the finder reads the phrase.
        if let head = first, reader.isPossessivePronoun(head) || reader.ownsNoun(head) {
            first = reader.parties.first {
                $0.tokens.lowerBound > head.tokens.upperBound + 1 && $0.tokens.upperBound <= cue.tokens.lowerBound
                    && !$0.isAudience && !$0.isPronoun
            }
        }
        // `IMF chief economist Maury Obstfeld`: the name after the title words.
        if let head = first, let later = reader.parties.first(where: {
            $0.tokens.lowerBound > head.tokens.upperBound && $0.tokens.upperBound <= cue.tokens.lowerBound
        }), later.tokens.lowerBound - head.tokens.upperBound <= 4,
            words.tokens[head.tokens.upperBound..<later.tokens.lowerBound].allSatisfy({ $0.isWord && !reader.isVerbLike($0) })
        {
            first = later
        }
        guard let speaker = first ?? finder.speaker(for: cue, in: reader, floor: start, inverted: true) else { return false }
        a.speaker = speaker
        a.speakerSentence = reader.sentence.number
        a.cue = cue.text
        a.cueToken = cue.tokens.lowerBound
        if setOff(&a, cue: cue, in: reader) { return true }
        // `However laudable the goal, the tax "is a misguided approach," said X`: the words
        // before the quotation are part of what X said.
        // (`Lee blamed Ross directly: "...," Lee said`: a colon sets the quotation off.)
        if a.span.range.lowerBound > reader.sentence.range.lowerBound + 1,
            words.tokens[..<opening].contains(where: \.isWord), opening == 0 || words.tokens[opening - 1].text != ":"
        {
            a.range = reader.sentence.range.lowerBound..<min(closingEnd(a.span, in: reader.sentence), reader.sentence.range.upperBound)
            a.text = reader.sentence.text.scalarSlice(0..<(a.range.upperBound - base))
            a.isDirect = false
            a.leadIn = finder.cues(in: reader, tokens: 0..<opening).isEmpty
        }
        return true
    }

    /// `Putin said: "..."` / `he replied, "..."`; `X said that ... "fragment"` is reported.
    func attributeBefore(_ a: inout Attribution, _ reader: ClauseReader, from previous: Int) -> Bool {
        let base = reader.sentence.range.lowerBound
        let words = reader.words
        let end = words.index(atOrAfter: a.span.range.lowerBound - base - 1)
        let floor = previous == Int.min ? 0 : words.index(atOrAfter: previous - base)
        guard floor < end else { return false }
        let cues = finder.cues(in: reader, tokens: floor..<end)
        guard var cue = cues.last else {
            return introducedByColon(&a, reader, floor: floor, end: end)
        }
        // `Lee urged fans to see what she called a "sea change"`: naming words inside the clause
        // of the one who speaks are that clause's; it reports them (or they are a fragment of
        // the subject's), not the naming verb.
        if finder.namesInsideClause(cue, in: reader) { return false }
        // `said he would sit him down and tell him "..."`: a cue after a modal is part of the
        // clause the cue before it reports.
        let word = words.tokens[cue.tokens.lowerBound].lower
        let baseForm = !cue.isParticiple && !word.hasSuffix("s") && !word.hasSuffix("ed") && !word.hasSuffix("ing")
            && !["said", "told", "wrote", "thought"].contains(word)
        if baseForm, cues.count >= 2, let earlier = cues.dropLast().last(where: { !$0.isParticiple && !$0.isSourceFirst }),
            finder.speech.bareClause.contains(words.tokens[earlier.tokens.lowerBound].lower),
            words.tokens[earlier.tokens.upperBound..<cue.tokens.lowerBound].contains(where: { finder.clause.modals.contains($0.lower) || $0.lower == "to" })
        {
            cue = earlier
        }
        // `"A," said Lee, an economist, "B."`: a cue right after the quotation before names its
        // speaker after it.
        let inverted = previous != Int.min && words.tokens[floor..<cue.tokens.lowerBound].allSatisfy { !$0.isWord }
        guard let speaker = finder.speaker(for: cue, in: reader, floor: floor, inverted: inverted) else { return false }
        a.speaker = speaker
        a.speakerSentence = reader.sentence.number
        a.cue = cue.text
        a.cueToken = cue.tokens.lowerBound
        if setOff(&a, cue: cue, in: reader) { return true }
        // Words between the cue and the quotation (other than its addressee): reported speech.
        var gap = Array(words.tokens[cue.tokens.upperBound..<end].filter(\.isWord))
        var afterAddressee = cue.tokens.upperBound
        // `called him, among other things, "a failure"`: a naming verb reports its object too.
        let cueWord = words.tokens[cue.tokens.lowerBound].lower
        let names = finder.speech.naming.contains(cueWord) && !gap.isEmpty
        // `called him a "loser"`: a quotation run into the clause, not introduced by a colon or
        // comma, is part of what the cue reports.
        let introduced = end > 0 && [":", ","].contains(words.tokens[end - 1].text)
        // (`said Lee "caused harm"`: only a verb that addresses someone, or a quotation set off,
        // has an addressee before it; after `said` a name opens the clause.)
        if finder.speech.addressing.contains(cueWord) || introduced,
            let addressee = reader.objects(from: cue.tokens.upperBound).first,
            addressee.tokens.lowerBound == cue.tokens.upperBound
                || reader.words.tokens[cue.tokens.upperBound..<addressee.tokens.lowerBound].allSatisfy(\.isCapitalized)
        {
            gap.removeAll { t in reader.words.tokens[cue.tokens.upperBound..<addressee.tokens.upperBound].contains(t) }
            // (`telling Lee she saw ...`: the clause starts after whom it is told to.)
            // (Only `tell` has one before its clause: `called him "weak"` keeps its object.)
            if addressee.tokens.upperBound < end, ["tell", "tells", "told", "telling"].contains(words.tokens[cue.tokens.lowerBound].lower) {
                afterAddressee = addressee.tokens.upperBound
            }
        }
        // `Lee says no matter what the board does, "..."`: a clause of the speaker's own before
        // the comma is part of what is reported (`said in a statement, "..."` is not).
        let leadsIn = end > 0 && words.tokens[end - 1].text == "," && gap.count >= 2
            && !finder.clause.prepositions.contains(gap[0].lower) && !finder.clause.timeOpeners.contains(gap[0].lower)
            && !gap.contains(where: { $0.text == ":" })
            // (`"A," Lee said, referring to X, "B."`: the second half of a split quote.)
            && !words.tokens[..<cue.tokens.lowerBound].contains(where: { ["“", "\"", "''", "”"].contains($0.text) })
        // `According to Lee, the plan is "dead"`: the clause starts after the source's comma.
        if cue.isSourceFirst, let comma = words.tokens[cue.tokens.upperBound..<end].firstIndex(where: { $0.text == "," }) {
            afterAddressee = comma + 1
        }
        let that = finder.complementizer(after: cue, in: reader).flatMap { $0 < end ? $0 : nil }
        // `said "it gets me mad" every time ...`, `said, "We have weeks to go" until the vote`:
        // the clause runs on past the quotation (a colon sets a quotation off whole).
        let runsOn = (end == 0 || words.tokens[end - 1].text != ":") && a.span.sentenceNumbers.count == 1 && runsOnAfter(a.span, in: reader)
        if (!gap.isEmpty && !introduced) || leadsIn || that != nil || names || runsOn {
            // (A quotation set off by a comma and run on: from its opening mark.)
            let clauseStart = that.map { $0 + 1 } ?? (runsOn && introduced && gap.isEmpty ? end : finder.pastTimeWords(from: afterAddressee, in: reader))
            if clauseStart < words.tokens.count {
                let lower = base + words.tokens[clauseStart].range.lowerBound
                // The reported clause runs on past the quoted words to the sentence end.
                let last = finder.reportedClauseEnd(in: reader, from: clauseStart, quotationEnd: a.span.range.upperBound - base)
                let clauseEnd = last > 0 ? base + words.tokens[last - 1].range.upperBound : a.span.range.upperBound + 1
                let upper = max(a.span.range.upperBound + 1, lower, clauseEnd)
                a.range = lower..<min(upper, reader.sentence.range.upperBound)
                a.text = reader.sentence.text.scalarSlice((lower - base)..<(a.range.upperBound - base))
                a.isDirect = false
            }
        }
        return true
    }
}

extension Range where Bound == Int {
    /// The range shifted so that `origin` becomes 0.
    func relative(to origin: Int) -> Range<Int> { (lowerBound - origin)..<(upperBound - origin) }
}

extension String {
    /// `"... not justified,"` reads as `"... not justified"`.
    func trimmingTrailingComma() -> String {
        var text = self
        while let last = text.unicodeScalars.last, last == "," || last == " " { text.unicodeScalars.removeLast() }
        return text
    }

    /// The text between scalar offsets `range` (clamped).
    func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = unicodeScalars
        let r = range.clamped(to: 0..<scalars.count)
        let start = scalars.index(scalars.startIndex, offsetBy: r.lowerBound)
        return String(scalars[start..<scalars.index(start, offsetBy: r.count)])
    }
}
