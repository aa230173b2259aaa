/// All the quotes of an article: direct quotations attributed, reported speech and quoted
/// fragments, pronoun speakers the entity layer left open resolved, in article order.
///
/// ```swift
/// let quotes = QuoteExtractor().extract(article, entities: table)
/// quotes.filter(\.isDirect).map(\.speakerText)
/// ```
public struct QuoteExtractor: Sendable {
    public var attributor: QuoteAttributor
    public var reported: ReportedSpeechFinder
    public var transcripts = TranscriptTurnFinder()
    public var labels = SpeakerLabelFinder()

    public init(attributor: QuoteAttributor = QuoteAttributor(), reported: ReportedSpeechFinder = ReportedSpeechFinder()) {
        self.attributor = attributor
        self.reported = reported
    }

    /// `readers`: the article's clause readers when the caller already has them.
    public func extract(_ article: Article, entities: EntityTable, readers: [ClauseReader]? = nil) -> [Quote] {
        let readers = readers ?? article.sentences.map { ClauseReader(sentence: $0, table: entities, speech: attributor.finder.speech) }
        let direct = attributor.attribute(article, entities: entities, readers: readers)
        var quotes = direct
        // One quote per stretch of text: the first cue that claims it wins.
        for quote in reported.find(article, entities: entities, direct: direct, readers: readers) where !quotes.contains(where: { $0.range == quote.range }) {
            quotes.append(quote)
        }
        // `KOVACS: ...` turns of a transcript, unless a quote already starts there.
        // A turn is its speaker's: quotation spans the text layer opened at the label go.
        for quote in transcripts.find(article, entities: entities) {
            guard let turn = quote.range else { continue }
            quotes.removeAll { $0.isDirect && ($0.range.map { $0.lowerBound <= turn.lowerBound && $0.upperBound > turn.lowerBound } ?? false) }
            quotes.append(quote)
        }
        // `Frost: “...”`, a headline's `Frost: Plan Is ‘Ready’`: the labelled speaker's.
        quotes += labels.find(article, entities: entities, readers: readers, taken: quotes.compactMap(\.range))
        quotes.sort { ($0.range?.lowerBound ?? 0, $0.isDirect ? 0 : 1) < ($1.range?.lowerBound ?? 0, $1.isDirect ? 0 : 1) }
        resolvePronouns(&quotes, entities: entities)
        followSpeakers(&quotes, article: article, entities: entities, readers: readers)
        return quotes
    }

    /// `he said` opening a quote's clause points back to the previous sentence: to its speaker
    /// when it reports speech (`..., Stovall said. "...," he said.`), else to its subject
    /// (`Trump took a stance. "...," he said.`). Only people of the pronoun's gender qualify.
    func followSpeakers(_ quotes: inout [Quote], article: Article, entities: EntityTable, readers: [ClauseReader]) {
        let quoted = article.quotations.map(\.range)
        for k in quotes.indices {
            let word = quotes[k].speakerText.lowercased()
            let gender: Gender? = word == "he" ? .male : word == "she" ? .female : nil
            let number = quotes[k].evidence.sentence
            guard gender != nil, number >= 2, let previous = article.sentence(number - 1) else { continue }
            // `Francis said he learned ...`: a pronoun the entity layer linked to a name in its own
            // sentence already has its speaker; a name inside the quotation is what the speaker
            // talks about, not who speaks.
            let base = article.sentences[number - 1].range.lowerBound
            if let speaker = quotes[k].speaker,
                readers[number - 1].parties.contains(where: { party in
                    party.entity == speaker && !party.isPronoun
                        && !quoted.contains { $0.contains(base + party.range.lowerBound) }
                })
            {
                continue
            }
            func fits(_ id: Int?) -> Bool {
                guard let id else { return false }
                let entity = entities.entities[id]
                return entity.kind == .person && (entity.gender == nil || entity.gender == gender)
            }
            // `"...," he added`: the latest speaker goes on (a few sentences back at most), past
            // a sentence about someone else.
            if Self.continuingCues.contains(quotes[k].cue.lowercased()),
                let latest = quotes[..<k].last(where: { $0.evidence.sentence > 0 && $0.evidence.sentence >= number - 3 && $0.evidence.sentence < number }),
                fits(latest.speaker)
            {
                quotes[k].speaker = latest.speaker
                continue
            }
            let spoken = quotes[..<k].last { quote in
                quote.evidence.sentence == previous.number
                    || (quote.range.map { previous.range.overlaps($0) } ?? false)
            }
            if let spoken, spoken.speaker != nil {
                if fits(spoken.speaker) { quotes[k].speaker = spoken.speaker }
                continue
            }
            let reader = readers[previous.number - 1]
            // `..., said Sam Okafor, a professor ...`: the speaker of a cue there, even where it gave no quote.
            let finder = attributor.finder
            if let cue = finder.cues(in: reader, tokens: 0..<reader.words.tokens.count).last(where: { !$0.isParticiple }),
                let speaker = finder.speaker(for: cue, in: reader, inverted: true), !speaker.isPronoun, fits(speaker.entity)
            {
                quotes[k].speaker = speaker.entity
                continue
            }
            // (`As for Lee's plan, Ross found ...`: a possessor is no subject; `Lee's been` is.)
            if let subject = reader.parties.first(where: {
                fits($0.entity) && reader.isSubjectPosition($0) && !$0.isPronoun && !isPossessor($0, in: reader)
            }) {
                quotes[k].speaker = subject.entity
            } else if !reader.parties.contains(where: { fits($0.entity) && !$0.isPronoun }),
                let recent = quotes[..<k].last(where: { $0.evidence.sentence < number && $0.evidence.sentence >= number - 3 && $0.speaker != nil })
            {
                // A sentence with no one in it (a subhead, a fact): the last speaker before it
                // still holds the floor. (`The plan was welcomed by Ann Lee. "...," she said.`:
                // a person named there is the one the pronoun means.)
                if fits(recent.speaker) { quotes[k].speaker = recent.speaker }
            }
        }
    }

    /// Cues that carry on what the speaker before was saying.
    static let continuingCues: Set<String> = ["added", "adds", "continued", "continues", "went on"]

    /// `Lee's plan`, not `Lee's been` (`has`) or `Lee's leaving` (`is`).
    func isPossessor(_ party: PartySpan, in reader: ClauseReader) -> Bool {
        let words = reader.words
        guard words.isPossessive(party.tokens.upperBound) else { return false }
        guard party.tokens.upperBound + 1 < words.tokens.count else { return true }
        let next = words.tokens[party.tokens.upperBound + 1]
        return !(next.lower == "been" || next.lower == "got" || next.lower == "not" || reader.isVerbLike(next)
            || next.lower.hasSuffix("ing") || next.lower.hasSuffix("ed"))
    }

    /// `she said` left open by the entity layer: the latest speaker of that gender, else the
    /// latest person of that gender mentioned up to that sentence.
    func resolvePronouns(_ quotes: inout [Quote], entities: EntityTable) {
        for k in quotes.indices where quotes[k].speaker == nil {
            let word = quotes[k].speakerText.lowercased()
            let gender: Gender? = ["he", "him", "his"].contains(word) ? .male : ["she", "her"].contains(word) ? .female : nil
            guard gender != nil else { continue }
            func fits(_ id: Int) -> Bool {
                let entity = entities.entities[id]
                return entity.kind == .person && (entity.gender == nil || entity.gender == gender)
            }
            let sentence = quotes[k].evidence.sentence
            quotes[k].speaker = quotes[..<k].reversed().compactMap(\.speaker).first(where: fits)
                ?? entities.mentions.last { $0.sentence <= sentence && fits($0.entity) }?.entity
        }
    }
}
