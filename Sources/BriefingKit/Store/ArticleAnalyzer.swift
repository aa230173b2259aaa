/// Runs the pipeline on one article: entities, then quotes, relations and numbers.
///
/// ```swift
/// let model = ArticleAnalyzer().analyze(article)
/// model.entities.entities.map(\.name)
/// ```
public struct ArticleAnalyzer: Sendable {
    public var linker: EntityLinker

    public init(linker: EntityLinker = EntityLinker()) {
        self.linker = linker
    }

    public func analyze(_ article: Article) -> ArticleModel {
        model(of: article, entities: linker.link(article))
    }

    /// The relation stages (quotes, contacts, numbers) on an entity table already built.
    public func model(of article: Article, entities: EntityTable) -> ArticleModel {
        let readers = ClauseReader.readers(for: article, table: entities)
        let quotes = QuoteExtractor().extract(article, entities: entities, readers: readers)
        return ArticleModel(
            article: article, entities: entities,
            relations: ContactExtractor().extract(
                article, entities: entities, readers: ClauseReader.speakingInQuotes(readers, quotes: quotes)),
            quotes: quotes + HeadlineQuoteFinder().find(article, entities: entities),
            quantities: QuantityExtractor().extract(article))
    }
}
