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

    public init(attributor: QuoteAttributor = QuoteAttributor(), reported: ReportedSpeechFinder = ReportedSpeechFinder()) {
        self.attributor = attributor
        self.reported = reported
    }

    public func extract(_ article: Article, entities: EntityTable) -> [Quote] {
        let direct = attributor.attribute(article, entities: entities)
        var quotes = direct
        // One quote per stretch of text: the first cue that claims it wins.
        for quote in reported.find(article, entities: entities, direct: direct) where !quotes.contains(where: { $0.range == quote.range }) {
            quotes.append(quote)
        }
        quotes.sort { ($0.range?.lowerBound ?? 0, $0.isDirect ? 0 : 1) < ($1.range?.lowerBound ?? 0, $1.isDirect ? 0 : 1) }
        resolvePronouns(&quotes, entities: entities)
        return quotes
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
