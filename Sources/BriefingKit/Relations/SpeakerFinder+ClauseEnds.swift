/// Where a reported clause ends: before a second statement, a second predicate, another
/// speaker's tail cue, or a full stop the sentence splitter ran past.
extension SpeakerFinder {
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

    /// `..., Lee said` (or `...," Lee said`): the comma, from `start` on, after which a name and
    /// its say-cue attribute what comes before.
    ///
    /// ```swift
    /// finder.tailAttribution(in: reader, from: 0)  // the comma in `... at "quiet trade," Lee said`
    /// ```
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
    ///
    /// ```swift
    /// finder.secondPredicate(in: reader, from: 4)  // the `and` of `, and contrasted`
    /// ```
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

    /// `what she called`, `what it calls`: a naming verb whose subject is a pronoun after `what`
    /// makes a relative clause inside the statement of the one the pronoun stands for
    /// (`Lee urged fans to see what she called a "sea change"`): it is no cue of its own.
    func namesInsideClause(_ cue: Cue, in reader: ClauseReader) -> Bool {
        let words = reader.words
        let at = cue.tokens.lowerBound
        return at >= 2 && speech.naming.contains(words.tokens[at].lower)
            && ["he", "she", "it", "they"].contains(words.tokens[at - 1].lower) && words.tokens[at - 2].lower == "what"
    }
}
