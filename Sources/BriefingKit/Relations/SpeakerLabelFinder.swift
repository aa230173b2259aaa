/// Statements under a speaker label: a sentence that opens with a name and a colon and goes on
/// with quoted words (`Frost: Port Plan Is ‘Ready to Go’`, `Reid: “We will not pay.”`) is the
/// labelled speaker's, as headlines and side-by-side comparisons write it. The label is only a
/// name, perhaps after a few title words (`Harbour chief Frost:`); labels that name no person
/// or organization (`Update:`, `The Latest:`) give nothing.
///
/// ```swift
/// SpeakerLabelFinder().find(article, entities: table, readers: readers, taken: [])
///     .first?.speakerText  // "Frost"
/// ```
public struct SpeakerLabelFinder: Sendable {
    public var finder: SpeakerFinder

    public init(finder: SpeakerFinder = SpeakerFinder()) {
        self.finder = finder
    }

    /// Labelled statements whose words no quote in `taken` covers yet.
    public func find(_ article: Article, entities: EntityTable, readers: [ClauseReader], taken: [Range<Int>]) -> [Quote] {
        var quotes: [Quote] = []
        for sentence in article.sentences {
            let reader = readers[sentence.number - 1]
            guard let (speaker, colon) = label(in: reader, entities: entities) else { continue }
            let words = reader.words
            let base = sentence.range.lowerBound
            guard let first = words.tokens[(colon + 1)...].firstIndex(where: { $0.isWord || isMark($0.text) }) else { continue }
            var last = words.tokens.count
            while last > first + 1, !words.tokens[last - 1].isWord, !isMark(words.tokens[last - 1].text) { last -= 1 }
            let range = (base + words.tokens[first].range.lowerBound)..<(base + words.tokens[last - 1].range.upperBound)
            // Only a statement with quoted words in it; one no other quote has claimed.
            let quotations = article.quotations.filter { range.overlaps($0.range) }
            guard !quotations.isEmpty, !taken.contains(where: { $0.overlaps(range) }) else { continue }
            let text = sentence.text.scalarSlice((range.lowerBound - base)..<(range.upperBound - base))
            let whole = quotations.count == 1 && quotations[0].range.lowerBound <= range.lowerBound + 1
                && quotations[0].range.upperBound >= range.upperBound - 1 && !quotations[0].isScareQuote
            quotes.append(
                Quote(
                    text: whole ? quotations[0].text.trimmingTrailingComma() : text, speaker: speaker.entity,
                    speakerText: speaker.text, cue: ":", isDirect: whole,
                    evidence: Evidence(article: article.id, sentence: sentence.number, text: sentence.text, range: range.relative(to: base)),
                    range: whole ? quotations[0].range : range))
        }
        return quotes
    }

    func isMark(_ text: String) -> Bool {
        ["“", "\"", "‘", "'", "''"].contains(text)
    }

    /// The speaker named before a colon that opens the sentence, and the colon's token.
    func label(in reader: ClauseReader, entities: EntityTable) -> (PartySpan, Int)? {
        let words = reader.words
        guard let colon = words.tokens.prefix(8).firstIndex(where: { $0.text == ":" }), colon >= 1,
            let speaker = reader.parties.last(where: { $0.tokens.upperBound == colon }), !speaker.isAudience, !speaker.isPronoun,
            let entity = speaker.entity
        else { return nil }
        let kind = entities.entities[entity].kind
        guard kind == .person || kind == .organization || kind == .media || kind == .group else { return nil }
        // Before the name only title words: no other person, no verb, no preposition or cue
        // (`Frost Backs Reid:` and `Frost on Reid:` label a story, not a speaker).
        let before = words.tokens[..<speaker.tokens.lowerBound]
        guard before.count <= 3, before.allSatisfy({ $0.isWord || $0.text == "." }),
            !before.contains(where: { finder.clause.prepositions.contains($0.lower) || reader.isVerbLike($0) }),
            !entities.mentions.contains(where: { mention in
                mention.sentence == reader.sentence.number && mention.range.lowerBound < speaker.range.lowerBound
                    && entities.entities[mention.entity].kind == .person
            }),
            finder.cues(in: reader, tokens: 0..<colon).isEmpty
        else { return nil }
        return (speaker, colon)
    }
}
