/// Quoted fragments no cue claims, given to the subject of their clause.
extension ReportedSpeechFinder {
    /// Quoted words no cue claims (`Trump admires Putin as a "strong leader"`): news quotes a
    /// fragment to attribute it, most often to the subject of its clause.
    func fragments(_ article: Article, entities: EntityTable, taken: [Range<Int>], readers: [ClauseReader]) -> [Quote] {
        var quotes: [Quote] = []
        // One or two quoted words no cue claims (`bought a "promoted" post`) are scare quotes.
        for span in article.quotations where !span.isScareQuote && !taken.contains(where: { $0.overlaps(span.range) }) && !Self.isTitle(span.text) {
            guard let sentence = article.sentences.first(where: { $0.range.contains(span.range.lowerBound) }) else { continue }
            let reader = readers[sentence.number - 1]
            let words = reader.words
            let base = sentence.range.lowerBound
            let open = words.index(atOrAfter: span.range.lowerBound - base - 1)
            guard var subject = reader.subjects(before: open).last, !subject.isAudience else { continue }
            // `Lee hopes that Ross will be "the outsider"`: the subject of a that-clause is what
            // the main clause's subject says something about (also past a word or two before the
            // name: `saying that rival Ann Kim had shown`).
            var that = subject.tokens.lowerBound - 1
            while that > 0, subject.tokens.lowerBound - that <= 2, !words.tokens[that].isCapitalized, words.tokens[that].lower != "that",
                words.tokens[that].isWord, !reader.isVerbLike(words.tokens[that])
            { that -= 1 }
            if that >= 0, words.tokens[that].lower == "that",
                let main = reader.subjects(before: that).first, !main.isAudience
            {
                subject = main
            }
            guard
                subject.entity.map({ entities.entities[$0].kind == .person || entities.entities[$0].kind == .organization || entities.entities[$0].kind == .media }) ?? subject.isPronoun,
                subject.tokens.upperBound < open
            else { continue }
            // (`Lee was asked "..."`: the subject of a passive speech verb is spoken to.)
            if finder.cues(in: reader, tokens: subject.tokens.upperBound..<open).contains(where: { finder.isPassive($0, in: reader) }) {
                continue
            }
            // From the first word after the subject (`, addressing ...` starts at `addressing`).
            guard let first = words.tokens[subject.tokens.upperBound..<open].firstIndex(where: \.isWord),
                !describesSubject(at: first, after: subject, in: words)
            else { continue }
            let lower = base + words.tokens[first].range.lowerBound
            // The reported clause runs on past the quoted words to the sentence end
            // (`... a "failed candidate" who should step aside`).
            var upper = min(sentence.range.upperBound, span.range.upperBound + 1)
            let last = finder.reportedClauseEnd(in: reader, from: first, quotationEnd: span.range.upperBound - base)
            if last > 0 { upper = max(upper, min(sentence.range.upperBound, base + words.tokens[last - 1].range.upperBound)) }
            guard lower < upper else { continue }
            let whole = Self.throughQuotation(lower..<upper, in: article)
            quotes.append(
                Quote(
                    text: article.body.scalarSlice(whole), speaker: subject.entity,
                    speakerText: subject.text, cue: words.tokens[first].text, isDirect: false,
                    evidence: Evidence(article: article.id, sentence: sentence.number, text: sentence.text, range: (lower - base)..<(upper - base)),
                    range: whole))
        }
        return quotes
    }

    /// `Lee is best known as the "voice of the port"`, `Lee, 70, ...`, `the club its "jewel"`:
    /// after the subject, a copula's predicate (not `is leading`, `is sure that`), an age, or a
    /// determiner not set off by a comma describes the subject; the quoted words are not the
    /// subject's.
    func describesSubject(at first: Int, after subject: PartySpan, in words: SentenceWords) -> Bool {
        let token = words.tokens[first]
        if token.lower.unicodeScalars.first.map({ ("0"..."9").contains($0) }) ?? false { return true }
        // (`Lee, who sat on the "Harbour Hour" panel, ...`: a relative clause tells about Lee.)
        if token.lower == "who" { return true }
        let setOff = words.tokens[subject.tokens.upperBound..<first].contains { $0.text == "," }
        if finder.clause.determiners.contains(token.lower), !setOff { return true }
        // (`blasted the judge, Lee, for his "bias"`: a name before a preposition is no subject;
        // `Lee of Norland` and `Lee, after the vote,` are.)
        if ["for", "in", "with", "to", "at", "on", "by", "from", "against", "about", "as"].contains(token.lower), !setOff { return true }
        guard ["is", "was", "are", "were"].contains(token.lower) else { return false }
        var next = first + 1
        while next < words.tokens.count, ["not", "never", "also", "still", "now", "always"].contains(words.tokens[next].lower)
            || (words.tokens[next].lower.hasSuffix("ly") && !finder.clause.lyNouns.contains(words.tokens[next].lower))
        {
            next += 1
        }
        // (`is sure that ...` states something; `is leading` is an action.)
        let predicate = words.tokens[next...].prefix(4)
        return !(predicate.first?.lower.hasSuffix("ing") ?? false) && !predicate.contains { $0.lower == "that" }
    }
}
