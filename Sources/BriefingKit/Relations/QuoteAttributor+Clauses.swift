/// Where a quotation's clause reaches: past its closing mark, into the words it runs on to,
/// around a cue set off inside it.
extension QuoteAttributor {
    /// Whether a word follows the quotation's closing mark in its sentence (`"..." every time`),
    /// not punctuation or the sentence end; a comma or stop inside the marks (`"...," Lee said`)
    /// closes the quotation's own clause.
    func runsOnAfter(_ span: QuotationSpan, in reader: ClauseReader) -> Bool {
        if let last = span.text.unicodeScalars.last, ",.;:!?—–-…".unicodeScalars.contains(last) { return false }
        let words = reader.words
        var k = words.index(atOrAfter: span.range.upperBound - reader.sentence.range.lowerBound)
        while k < words.tokens.count, SentenceWords.closingMarks.contains(words.tokens[k].text) { k += 1 }
        return k < words.tokens.count && words.tokens[k].isWord
    }

    /// Where the quotation's closing mark ends (`''` is two scalars), as a body offset.
    func closingEnd(_ span: QuotationSpan, in sentence: Sentence) -> Int {
        let at = span.range.upperBound - sentence.range.lowerBound
        let marks = sentence.text.scalarSlice(at..<(at + 2))
        return span.range.upperBound + (marks == "''" ? 2 : 1)
    }

    /// `The plan, Lee said, "is dead" for now.`: a cue set off inside the statement reports the
    /// sentence around it (see `ReportedSpeechFinder.parenthetical`).
    func setOff(_ a: inout Attribution, cue: SpeakerFinder.Cue, in reader: ClauseReader) -> Bool {
        let reported = ReportedSpeechFinder(finder: finder)
        guard let parts = reported.parenthetical(cue, in: reader) else { return false }
        let statement = reported.parentheticalStatement(parts, in: reader)
        guard statement.range.contains(a.span.range.lowerBound) else { return false }
        a.range = statement.range
        a.text = statement.text
        a.isDirect = false
        return true
    }

    /// `"unfair," said Lee` / `"unfair," Lee said`: a lower-case quotation closed by a comma,
    /// then a say-verb, or a name of up to three words and a say-verb.
    func saidRightAfter(_ span: QuotationSpan, article: Article, readers: [ClauseReader]) -> Bool {
        guard span.text.hasSuffix(","), span.text.unicodeScalars.first?.properties.isLowercase == true,
            let index = sentenceIndex(article, at: span.range.lowerBound)
        else { return false }
        let reader = readers[index]
        let words = reader.words
        var k = words.index(atOrAfter: span.range.upperBound - reader.sentence.range.lowerBound)
        while k < words.tokens.count, !words.tokens[k].isWord { k += 1 }
        let said = { (t: SentenceWords.Token) in finder.speech.bareClause.contains(t.lower) && t.lower.hasSuffix("d") || t.lower == "says" }
        var name = k
        while name < words.tokens.count, name - k < 3, words.tokens[name].isCapitalized { name += 1 }
        return (k < words.tokens.count && said(words.tokens[k])) || (name > k && name < words.tokens.count && said(words.tokens[name]))
    }

    /// `The surge doesn't surprise pollster Ann Lee: "..."`, `Here's Lee in 1992: "..."`: with no
    /// cue, a colon right before the quotation hands it to the last person or organization named
    /// before the colon, unless after a preposition (`The message to Lee was clear:`).
    func introducedByColon(_ a: inout Attribution, _ reader: ClauseReader, floor: Int, end: Int) -> Bool {
        let words = reader.words
        guard end > floor, words.tokens[end - 1].text == ":" else { return false }
        guard let speaker = reader.parties.last(where: { party in
            guard party.tokens.lowerBound >= floor, party.tokens.upperBound < end, !party.isAudience, !party.isPronoun,
                party.entity != nil, [.person, .organization, .media, .group].contains(party.kind)
            else { return false }
            var k = party.tokens.lowerBound - 1
            while k >= floor, words.tokens[k].isCapitalized { k -= 1 }
            return k < floor || !finder.clause.prepositions.contains(words.tokens[k].lower)
        }) else { return false }
        a.speaker = speaker
        a.speakerSentence = reader.sentence.number
        a.cue = ":"
        return true
    }
}
