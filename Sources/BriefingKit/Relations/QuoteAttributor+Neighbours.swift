/// Quotations with no cue of their own, and split quotations joined again.
extension QuoteAttributor {
    /// Quotations with no cue of their own: the previous quotation's speaker (a quote split over
    /// sentences), a speaker introduced just before (`Putin said:`), or one named right after.
    func fillFromNeighbours(_ attributions: inout [Attribution], readers: [ClauseReader], article: Article) {
        for k in attributions.indices where attributions[k].speaker == nil {
            let a = attributions[k]
            let sentence = article.sentences[a.sentence - 1]
            // Only a quote that opens its sentence stands alone; quoted words inside a sentence
            // belong to that sentence's clause (see ReportedSpeechFinder's fragments).
            let before = sentence.text.scalarSlice(0..<max(0, a.span.range.lowerBound - sentence.range.lowerBound))
            // `"...," the paper quotes a source as saying.`: words after the quote attribute it in
            // a way no cue reads, so no neighbour speaks it.
            let length = sentence.text.unicodeScalars.count
            let after = sentence.text.scalarSlice(min(length, max(0, a.span.range.upperBound - sentence.range.lowerBound))..<length)
            guard !after.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
                // `"A," said Lee. "B" or so it seemed.`: words of no one's after a quotation opening
                // the sentence right after a direct quote carry that quote on.
                if k > 0, !before.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                    carriesOnWithTail(a, after: attributions[k - 1], reader: readers[a.lastSentence - 1])
                {
                    attributions[k].speaker = attributions[k - 1].speaker
                    attributions[k].cue = attributions[k - 1].cue
                    attributions[k].continues = true
                }
                continue
            }
            if before.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                // `"A," said Lee. Now, "B."`: after a short lead-in of the writer's, the quote
                // carries on the one right before it.
                if k > 0, carriesOn(a, after: attributions[k - 1], reader: readers[a.sentence - 1]) {
                    attributions[k].speaker = attributions[k - 1].speaker
                    attributions[k].cue = attributions[k - 1].cue
                    attributions[k].continues = true
                }
                continue
            }
            // `- Lena Frost.`: a signature right after the quotation; or a paragraph of its own
            // after it, `- Jane Doe, Springfield.`.
            if let signer = (a.lastSentence < readers.count ? signature(readers[a.lastSentence]) : nil)
                ?? signatureParagraph(after: a, readers: readers)
            {
                attributions[k].speaker = signer
                attributions[k].cue = "—"
                continue
            }
            // `"...?" Reid went on.`: after a question or exclamation the splitter ended the
            // sentence, but a name and its cue opening the next one attribute the quotation.
            // (After a full stop, only a short attribution: `"We will win." Reid said after the vote.`)
            if a.lastSentence < readers.count, let stop = a.span.text.unicodeScalars.last, [("?" as Unicode.Scalar), "!", "."].contains(stop),
                case let next = readers[a.lastSentence], next.sentence.paragraph == a.span.paragraph,
                let opener = next.parties.first, opener.tokens.lowerBound == 0, !opener.isAudience,
                let cue = finder.cues(in: next, tokens: opener.tokens.upperBound..<min(next.words.tokens.count, opener.tokens.upperBound + 2)).first,
                cue.tokens.lowerBound <= opener.tokens.upperBound + 1, !cue.isSourceFirst,
                stop != "." || (next.words.tokens.count - cue.tokens.upperBound <= 8
                    && !next.words.tokens[cue.tokens.upperBound...].contains(where: { $0.lower == "that" || $0.text == ":" || ["“", "\""].contains($0.text) }))
            {
                attributions[k].speaker = opener
                attributions[k].speakerSentence = next.sentence.number
                attributions[k].cue = cue.text
                continue
            }
            // A quote continued from the previous one in its paragraph.
            if k > 0, let speaker = attributions[k - 1].speaker, attributions[k - 1].span.paragraph == a.span.paragraph,
                attributions[k - 1].lastSentence >= a.sentence - 2
            {
                attributions[k].speaker = speaker
                attributions[k].cue = attributions[k - 1].cue
                attributions[k].continues = true
                continue
            }
            // The sentence before introduces it (`He said:` / `Putin told reporters.`).
            if a.sentence >= 2 {
                let previous = readers[a.sentence - 2]
                let cues = finder.cues(in: previous, tokens: 0..<previous.words.tokens.count)
                let endsWithColon = previous.sentence.text.hasSuffix(":")
                if let cue = cues.last, endsWithColon || previous.sentence.paragraph == sentence.paragraph,
                    let speaker = finder.speaker(for: cue, in: previous)
                {
                    attributions[k].speaker = speaker
                    attributions[k].cue = cue.text
                    // `"A," Frost said. "B."`: B carries on the quote that cue closed.
                    if k > 0, attributions[k - 1].cueToken == cue.tokens.lowerBound,
                        attributions[k - 1].speakerSentence == previous.sentence.number
                    {
                        attributions[k].continues = true
                    }
                    continue
                }
            }
            // `Lena Frost put it bluntly:` introduces the quote without a speech verb.
            if a.sentence >= 2, readers[a.sentence - 2].sentence.text.hasSuffix(":"),
                case let previous = readers[a.sentence - 2], case let main = mainClauseStart(previous),
                let subject = previous.parties.first(where: { $0.tokens.lowerBound >= main && previous.isSubjectPosition($0) })
            {
                attributions[k].speaker = subject
                attributions[k].cue = ":"
                continue
            }
            // `He also defended the plan. "..."`: a sentence about the person the text is already
            // following (a pronoun subject the entity layer linked) introduces the quote, before
            // any name in the sentence after.
            if a.sentence >= 2, readers[a.sentence - 2].sentence.paragraph == sentence.paragraph,
                let opener = readers[a.sentence - 2].parties.first,
                opener.tokens.lowerBound == 0, opener.isPronoun, opener.entity != nil,
                finder.clause.subjectPronouns.contains(readers[a.sentence - 2].words.tokens[0].lower)
            {
                attributions[k].speaker = opener
                attributions[k].cue = ""
                continue
            }
            // A quote continued across a paragraph break.
            if k > 0, let speaker = attributions[k - 1].speaker, attributions[k - 1].lastSentence >= a.sentence - 2 {
                attributions[k].speaker = speaker
                attributions[k].cue = attributions[k - 1].cue
                attributions[k].continues = carriesOverParagraph(a, after: attributions[k - 1], article: article)
                continue
            }
            // The next sentence names the speaker (`... That was his answer, Putin said.`).
            // (After the quotation's last sentence: its own words are no cue for it.)
            if a.lastSentence < readers.count {
                let next = readers[a.lastSentence]
                if next.sentence.paragraph == sentence.paragraph,
                    let cue = finder.cues(in: next, tokens: 0..<next.words.tokens.count).first,
                    let speaker = finder.speaker(for: cue, in: next)
                {
                    attributions[k].speaker = speaker
                    attributions[k].cue = cue.text
                    continue
                }
            }
            // `Lee said he hopes more will follow. It is a start.` then a paragraph that is only
            // a quotation: the speaker of the last statement reported just before it.
            if let (cue, speaker) = reportedJustBefore(a, readers: readers) {
                attributions[k].speaker = speaker
                attributions[k].cue = cue
            }
        }
    }

    /// `"A," Lee said. ¶ "B."`: a paragraph that is only a quotation, right after a paragraph
    /// whose direct quote a cue gave its speaker, carries that quote on (one quote, as a
    /// continued quotation is). Not after a signed quote (`- Jane Doe`), whose paragraph the
    /// signature closes.
    func carriesOverParagraph(_ a: Attribution, after previous: Attribution, article: Article) -> Bool {
        guard previous.cueToken != nil || previous.continues, a.span.paragraph == previous.span.paragraph + 1,
            a.span.paragraph < article.paragraphs.count
        else { return false }
        // (`Lee said the port had "a duty to act." ¶ "..."`: a reported quote whose quotation
        // closes its paragraph is carried on too.)
        guard previous.isDirect || !hasWords(article.paragraphs[previous.span.paragraph], after: previous.span) else { return false }
        let paragraph = article.paragraphs[a.span.paragraph]
        let opening = a.span.range.lowerBound - paragraph.range.lowerBound
        let text = paragraph.text.unicodeScalars.map(\.self)
        guard opening >= 0, opening <= text.count else { return false }
        return !text[..<opening].contains(where: \.properties.isAlphabetic) && !hasWords(paragraph, after: a.span)
    }

    /// Whether words follow quotation `span` in `paragraph`.
    func hasWords(_ paragraph: Paragraph, after span: QuotationSpan) -> Bool {
        let closing = span.range.upperBound - paragraph.range.lowerBound
        let text = paragraph.text.unicodeScalars.map(\.self)
        guard closing >= 0, closing <= text.count else { return true }
        return text[closing...].contains(where: \.properties.isAlphabetic)
    }

    /// The cue and named speaker of the last statement in the two sentences before quotation
    /// `a`, when `a` opens a paragraph of its own after them.
    func reportedJustBefore(_ a: Attribution, readers: [ClauseReader]) -> (String, PartySpan)? {
        guard a.sentence >= 2, readers[a.sentence - 2].sentence.paragraph != readers[a.sentence - 1].sentence.paragraph,
            a.lastSentence >= readers.count || readers[a.lastSentence].sentence.paragraph != readers[a.lastSentence - 1].sentence.paragraph
        else { return nil }
        for reader in [readers[a.sentence - 2]] + (a.sentence >= 3 ? [readers[a.sentence - 3]] : []) {
            guard reader.sentence.paragraph == readers[a.sentence - 2].sentence.paragraph else { break }
            if let cue = finder.cues(in: reader, tokens: 0..<reader.words.tokens.count).last,
                let speaker = finder.speaker(for: cue, in: reader), !speaker.isPronoun || speaker.entity != nil, !speaker.isAudience
            {
                return (cue.text, speaker)
            }
        }
        return nil
    }

    /// Whether quotation `a`, opening its sentence with words after it, carries on `previous`:
    /// a direct quote with a speaker ending the sentence right before, in the same paragraph,
    /// and no cue or person named in the words after.
    func carriesOnWithTail(_ a: Attribution, after previous: Attribution, reader: ClauseReader) -> Bool {
        guard previous.speaker != nil, previous.isDirect, previous.span.paragraph == a.span.paragraph,
            previous.lastSentence == a.sentence - 1
        else { return false }
        let close = reader.words.index(atOrAfter: a.span.range.upperBound - reader.sentence.range.lowerBound)
        guard close < reader.words.tokens.count else { return false }
        let tail = close..<reader.words.tokens.count
        return finder.cues(in: reader, tokens: tail).isEmpty
            && !reader.parties.contains { $0.tokens.lowerBound >= close && !$0.isAudience }
    }

    /// Whether quotation `a`, after words of its own sentence, carries on `previous`: a direct
    /// quote with a speaker closing the sentence right before, in the same paragraph, and a
    /// lead-in that is short, set off by a comma, and names no one and has no cue
    /// (`Now, "..."`, `Unless the rivals quit, "..."`).
    func carriesOn(_ a: Attribution, after previous: Attribution, reader: ClauseReader) -> Bool {
        guard previous.speaker != nil, previous.isDirect, previous.span.paragraph == a.span.paragraph,
            previous.lastSentence == a.sentence - 1, a.sentence == a.lastSentence
        else { return false }
        let words = reader.words
        var open = words.index(atOrAfter: a.span.range.lowerBound - reader.sentence.range.lowerBound - 1)
        while open > 0, ["''", "\"", "“", "‘"].contains(words.tokens[open - 1].text) { open -= 1 }
        guard open >= 2, open <= 12, words.tokens[open - 1].text == ",",
            !reader.parties.contains(where: { $0.tokens.lowerBound < open }),
            finder.cues(in: reader, tokens: 0..<open).isEmpty
        else { return false }
        return true
    }

    /// The name in a short paragraph opening with a dash right after the quotation's own
    /// paragraph (`- Jane Doe.`, `—Jane Doe, Springfield.`).
    func signatureParagraph(after a: Attribution, readers: [ClauseReader]) -> PartySpan? {
        guard a.lastSentence < readers.count else { return nil }
        let reader = readers[a.lastSentence]
        let words = reader.words
        guard reader.sentence.paragraph != readers[a.lastSentence - 1].sentence.paragraph,
            words.tokens.count >= 2, words.tokens.count <= 10, ["—", "―", "–", "-", "--"].contains(words.tokens[0].text)
        else { return nil }
        if let party = reader.party(at: 1), !party.isAudience { return party }
        // (`– An immigrant himself –.`: an aside, not a name.)
        let opening = words.tokens[1].lower
        guard !finder.clause.determiners.contains(opening), !finder.clause.joiners.contains(opening),
            !finder.clause.prepositions.contains(opening)
        else { return nil }
        var end = 1
        while end < words.tokens.count, words.tokens[end].isCapitalized, end < 5 { end += 1 }
        return end > 1 ? finder.phrase(1..<end, in: words) : nil
    }

    /// `When Reid died, Frost released this statement:`: where the main clause starts, past a
    /// subordinate clause opening the sentence and its comma.
    func mainClauseStart(_ reader: ClauseReader) -> Int {
        let words = reader.words
        let subordinators = finder.clause.fronting.union(["when", "if", "as", "although", "though", "because", "once", "until"])
        guard let first = words.tokens.first, subordinators.contains(first.lower),
            let comma = words.tokens.firstIndex(where: { $0.text == "," })
        else { return 0 }
        return comma + 1
    }

    /// `- Lena Frost.`, `—President Lee, writing on Monday`: a sentence opening with a dash and a
    /// name (titles before it) signs the quotation before it.
    func signature(_ reader: ClauseReader) -> PartySpan? {
        let words = reader.words
        guard let dash = words.tokens.first, ["-", "—", "–", "--", "―"].contains(dash.text),
            let party = reader.parties.first, !party.isAudience, !party.isPronoun, party.tokens.lowerBound <= 4,
            [.person, .organization, .media, .group].contains(party.kind),
            words.tokens[1..<party.tokens.lowerBound].allSatisfy(\.isCapitalized)
        else { return nil }
        let after = party.tokens.upperBound
        guard after == words.tokens.count || !words.tokens[after].isWord else { return nil }
        return party
    }

    /// `"A," he said, "B."`: one quote when both halves hang on the same cue.
    func merged(_ attributions: [Attribution]) -> [Attribution] {
        var out: [Attribution] = []
        for a in attributions {
            let sameCue = a.cueToken != nil && out.last?.cueToken == a.cueToken && out.last?.speakerSentence == a.speakerSentence
            if var last = out.last, sameCue || a.continues, a.isDirect, last.isDirect || last.leadIn || a.span.paragraph > last.span.paragraph {
                // (Reported words keep their quotation marks; the quotation joining them too.)
                last.text = last.text.trimmingTrailingComma() + " " + (last.isDirect ? a.text : "“" + a.text + "”")
                last.range = last.range.lowerBound..<a.range.upperBound
                out[out.count - 1] = last
            } else {
                out.append(a)
            }
        }
        return out
    }
}
