/// Finds reported speech: `X said (that) ...`, `X confirmed on Friday that ...`,
/// `..., X said.`, `according to X, ...`. Cues inside quotations or already used by a direct
/// quote are skipped.
///
/// ```swift
/// ReportedSpeechFinder().find(article, entities: table, direct: quotes)
/// // "Pelosi confirmed that she will visit." -> Quote(text: "she will visit", isDirect: false)
/// ```
public struct ReportedSpeechFinder: Sendable {
    public var finder: SpeakerFinder

    public init(finder: SpeakerFinder = SpeakerFinder()) {
        self.finder = finder
    }

    public func find(_ article: Article, entities: EntityTable, direct: [Quote], readers: [ClauseReader]? = nil) -> [Quote] {
        let readers = readers ?? article.sentences.map { ClauseReader(sentence: $0, table: entities, speech: finder.speech) }
        var quotes: [Quote] = []
        let quoted = article.quotations.filter { !$0.isScareQuote }.map(\.range)
        let taken = direct.compactMap(\.range)
        for sentence in article.sentences {
            let reader = readers[sentence.number - 1]
            let words = reader.words
            let base = sentence.range.lowerBound
            func isFree(_ token: Int) -> Bool {
                let offset = base + words.tokens[token].range.lowerBound
                return !quoted.contains { $0.contains(offset) } && !taken.contains { $0.contains(offset) }
            }
            let cues = finder.cues(in: reader, tokens: 0..<words.tokens.count)
            // `"...," his mother, Maria, told the Gazette`: the first cue after a direct quote
            // is that quote's, not another statement's (`..." and added that` is another).
            let quoteCues = Set(direct.compactMap { quote -> Int? in
                guard let range = quote.range, sentence.range.contains(range.upperBound - 1) else { return nil }
                return cues.firstIndex { base + words.tokens[$0.tokens.lowerBound].range.lowerBound >= range.upperBound }
                    .flatMap { cues[$0].text == quote.cue ? $0 : nil }
            })
            for (index, cue) in cues.enumerated() where isFree(cue.tokens.lowerBound) && !quoteCues.contains(index) {
                // (`asked not to be named`: a request, not a statement.)
                if words.matches(["not", "to"], at: cue.tokens.upperBound) { continue }
                if finder.namesInsideClause(cue, in: reader) { continue }
                // (`it has been suggested`, `Lee was told the port would close`: a passive cue
                // names no speaker; `Lee is telling` is no passive, and `Lee is reported to have
                // called` leaves the cue to `called`.)
                if cue.tokens.lowerBound > 0, !cue.isSourceFirst, !words.tokens[cue.tokens.lowerBound].lower.hasSuffix("ing"),
                    ["been", "be", "being", "is", "was", "are", "were"].contains(words.tokens[cue.tokens.lowerBound - 1].lower),
                    !words.matches(["by"], at: cue.tokens.upperBound), !words.matches(["to"], at: cue.tokens.upperBound)
                {
                    continue
                }
                // `The plan, Lee said, is dead.`: the sentence around the cue.
                if let parts = parenthetical(cue, in: reader), let speaker = finder.speaker(for: cue, in: reader) {
                    let statement = parentheticalStatement(parts, in: reader)
                    let whole = Self.throughQuotation(statement.range, in: article)
                    guard !taken.contains(where: { $0.overlaps(whole) }) else { continue }
                    quotes.append(
                        Quote(
                            text: statement.text, speaker: speaker.entity, speakerText: speaker.text, cue: cue.text, isDirect: false,
                            evidence: Evidence(
                                article: article.id, sentence: sentence.number, text: sentence.text,
                                range: statement.range.relative(to: base)),
                            range: whole))
                    continue
                }
                // (Only quotations a direct quote claimed make a tail cue theirs.)
                guard var content = clause(for: cue, in: reader, quoted: taken),
                    let speaker = finder.speaker(for: cue, in: reader)
                else { continue }
                let uncut = content
                content = beforeDirectQuote(content, in: reader, taken: taken)
                content = beforeOtherSpeaker(content, cues: cues, in: reader)
                // `said in a joint statement: "..."` / `added, on the radio: "..."`: where it was
                // said, before the direct quote.
                if content != uncut, content.count <= 8,
                    let first = words.tokens[content].first(where: \.isWord), finder.clause.prepositions.contains(first.lower),
                    !words.tokens[content].contains(where: { ["“", "\"", "''"].contains($0.text) })
                {
                    continue
                }
                // `Keane, who wrote the bill, told reporters ...`: a relative clause's cue reports
                // no further than the comma that closes it.
                if SpeakerFinder.isRelativeClauseCue(cue, in: words),
                    let comma = words.tokens[content].firstIndex(where: { $0.text == "," })
                {
                    content = content.lowerBound..<comma
                }
                guard content.count >= 3 else { continue }
                let lower = base + words.tokens[content.lowerBound].range.lowerBound
                let upper = base + words.tokens[content.upperBound - 1].range.upperBound
                let whole = Self.throughQuotation(lower..<upper, in: article)
                guard !taken.contains(where: { $0.overlaps(whole) }) else { continue }
                let text = article.body.scalarSlice(whole)
                quotes.append(
                    Quote(
                        text: text, speaker: speaker.entity, speakerText: speaker.text, cue: cue.text, isDirect: false,
                        evidence: Evidence(article: article.id, sentence: sentence.number, text: sentence.text, range: (lower - base)..<(upper - base)),
                        range: whole, coSpeakers: finder.partners(of: speaker, in: reader)))
            }
        }
        return quotes + fragments(article, entities: entities, taken: taken + quotes.compactMap(\.range), readers: readers)
    }

    /// `Lee said the plan "was rushed. It will fail."`: a reported clause whose quotation opens
    /// inside it and runs on past its sentence takes the rest of the quotation (and its
    /// closing mark) too.
    static func throughQuotation(_ range: Range<Int>, in article: Article) -> Range<Int> {
        guard let span = article.quotations.first(where: {
            !$0.isScareQuote && range.contains($0.range.lowerBound) && $0.range.upperBound > range.upperBound
        }) else { return range }
        let end = span.isClosed ? span.range.upperBound + 1 : span.range.upperBound
        return range.lowerBound..<min(article.body.unicodeScalars.count, max(range.upperBound, end))
    }

    /// The tokens of what is reported through `cue`; `quoted`: the article's quotations that
    /// are speech (not scare quotes).
    func clause(for cue: SpeakerFinder.Cue, in reader: ClauseReader, quoted: [Range<Int>] = []) -> Range<Int>? {
        let words = reader.words
        let count = words.tokens.count
        let end = words.clauseEnd(count)
        // `..., X said.` / `..., according to X.`: the clause before the comma.
        if let comma = words.tokens[..<cue.tokens.lowerBound].lastIndex(where: { $0.text == "," }),
            cue.tokens.lowerBound - comma <= 6, cue.isSourceFirst || tailIsAttribution(cue, reader, end: end, quoted: quoted)
        {
            // (`are "unfit," X said`: with the quotation's comma and closing marks.)
            let marks = words.tokens[(comma + 1)...].prefix { SentenceWords.closingMarks.contains($0.text) }.count
            return 0..<(marks > 0 && marks <= 2 ? comma + 1 + marks : comma)
        }
        if cue.isSourceFirst {
            // `According to X, CLAUSE`
            guard let comma = words.tokens[cue.tokens.upperBound...].firstIndex(where: { $0.text == "," }), comma + 1 < end else { return nil }
            return (comma + 1)..<end
        }
        // `X said (on Friday) that CLAUSE` / `X told Y CLAUSE`
        var start = cue.tokens.upperBound
        let quoteMarks = SentenceWords.openingMarks
        // `said Monday the port ...`: past a time word; `said Wednesday morning on the Gazette's
        // "Morning Show"` reports nothing.
        let clauseStart = finder.pastTimeWords(from: start, in: reader)
        if clauseStart > start {
            guard clauseStart < end, !finder.clause.prepositions.contains(words.tokens[clauseStart].lower) else { return nil }
            start = clauseStart
        }
        if let that = finder.complementizer(after: cue, in: reader) {
            start = that + 1
        } else if words.tokens[start..<end].contains(where: { quoteMarks.contains($0.text) }) {
            // `called Trump's plan "a disaster"`: what follows, with its quoted words.
            guard start < end else { return nil }
            // (`said in his book, "An American Son."`: where it was said, and a title, is not
            // what was said.)
            guard !Self.settingPrepositions.contains(words.tokens[start].lower) || finder.speech.naming.contains(words.tokens[cue.tokens.lowerBound].lower),
                quotesSomethingSaid(start..<end, in: reader)
            else { return nil }
            return withoutQuotingClause(start..<end, in: reader)
        } else {
            // Without `that`, only a say-verb reports a bare clause, which opens with a
            // pronoun, an article or a name (`said he had`, `told Putin the army would`).
            guard finder.speech.bareClause.contains(words.tokens[cue.tokens.lowerBound].lower) && !cue.isParticiple
                || isBareParticiple(cue, words)
            else { return nil }
            if finder.speech.addressing.contains(words.tokens[cue.tokens.lowerBound].lower),
                let object = reader.objects(from: start).first, object.tokens.lowerBound == start,
                !finder.clause.subjectPronouns.contains(words.tokens[start].lower)
            {
                start = object.tokens.upperBound
            }
            guard start < end else { return nil }
            let first = words.tokens[start]
            let opensClause = ["he", "she", "they", "it", "we", "i", "the", "a", "an", "this", "there"].contains(first.lower)
                || reader.party(at: start) != nil || first.isCapitalized
            guard opensClause else { return nil }
        }
        // (`that "top secret" files ...`: the clause may open with quoted words.)
        guard start < end, words.tokens[start].isWord || quoteMarks.contains(words.tokens[start].text) else { return nil }
        return withoutQuotingClause(start..<end, in: reader)
    }

    /// `..., arguing he is "unfit"`: a participle of a say-verb reports a bare clause too.
    func isBareParticiple(_ cue: SpeakerFinder.Cue, _ words: SentenceWords) -> Bool {
        guard cue.isParticiple, cue.tokens.count == 1 else { return false }
        let word = words.tokens[cue.tokens.lowerBound].lower
        guard word.hasSuffix("ing") else { return false }
        let stem = String(word.dropLast(3))
        // saying -> say, arguing -> argue, noting -> note, admitting -> admit.
        let doubled = stem.count > 2 && stem.last == stem.dropLast().last ? String(stem.dropLast()) : stem
        return [stem, stem + "e", doubled].contains { finder.speech.bareClause.contains($0) }
    }

    /// `called her a "disgrace" after she blamed it on "bad luck"`: a subordinate clause with
    /// its own subject that quotes words is someone else's statement; the reported clause ends
    /// before it.
    func withoutQuotingClause(_ range: Range<Int>, in reader: ClauseReader) -> Range<Int> {
        let words = reader.words
        // `called it "weak" and then tweeted that ...`: the second statement is its own.
        if let joint = finder.coordinatedCue(in: reader, from: range.lowerBound, to: range.upperBound), joint > range.lowerBound + 1 {
            return range.lowerBound..<words.clauseEnd(joint, floor: range.lowerBound + 1)
        }
        // `... at "quiet trade," Lee said`: another speaker's tail cue ends it.
        if let comma = finder.tailAttribution(in: reader, from: range.lowerBound + 1, to: range.upperBound), comma > range.lowerBound + 1 {
            return range.lowerBound..<words.clauseEnd(comma, floor: range.lowerBound + 1)
        }
        // `calling him a "wreck," and contrasted ...`: a second predicate after the quoted words.
        if let quote = words.tokens[range].firstIndex(where: { ["“", "\"", "''"].contains($0.text) }),
            let joint = finder.secondPredicate(in: reader, from: quote + 1, to: range.upperBound)
        {
            return range.lowerBound..<words.clauseEnd(joint, floor: range.lowerBound + 1)
        }
        // `..., with Reid telling reporters ...`: a with-clause brings a speaker of its own.
        for k in range.dropFirst() where words.tokens[k].lower == "with" && words.tokens[k - 1].text == "," {
            var name = k + 1
            while name < range.upperBound, words.tokens[name].isCapitalized, reader.party(at: name) == nil { name += 1 }
            if let party = reader.party(at: name), party.tokens.upperBound < range.upperBound,
                words.tokens[party.tokens.upperBound].lower.hasSuffix("ing"), !words.tokens[party.tokens.upperBound].isCapitalized
            {
                return range.lowerBound..<words.clauseEnd(k, floor: range.lowerBound + 1)
            }
        }
        let subordinators: Set<String> = ["after", "when", "because", "since", "while", "as", "before", "whereas", "although"]
        for k in range.dropFirst() where subordinators.contains(words.tokens[k].lower) && k + 1 < range.upperBound {
            let next = words.tokens[k + 1]
            guard finder.clause.subjectPronouns.contains(next.lower) || reader.party(at: k + 1) != nil,
                words.tokens[(k + 1)..<range.upperBound].contains(where: { ["“", "\"", "‘"].contains($0.text) })
            else { continue }
            return range.lowerBound..<words.clauseEnd(k, floor: range.lowerBound + 1)
        }
        return range
    }
}
